using System.Diagnostics;
using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class KitWorkerTests
{
    private static readonly IReadOnlyList<string> ThreeResults = ["zero", "odd", "even"];

    [Fact]
    public async Task ForItem_StartedWithPipes_AnswersItsItemAndExits()
    {
        var start = KitWorker.ForItem(Workload.Article(TimeSpan.Zero), 3);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;

        using var child = Process.Start(start)!;
        var line = await child.StandardOutput.ReadLineAsync();
        await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var answer = KitWorker.Read(line!);
        Assert.Equal(3, answer.Item);
        Assert.Equal("odd", answer.Result);
        Assert.Equal(child.Id, answer.ProcessId);
        Assert.True(answer.End >= answer.Start);
        Assert.Equal(0, child.ExitCode);
    }

    [Fact]
    public void Read_NotAWorkerLine_Throws()
    {
        Assert.Throws<FormatException>(() => KitWorker.Read("3 odd"));
        Assert.Throws<ArgumentNullException>(() => KitWorker.Read(null!));
    }

    [Fact]
    public void ForItem_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => KitWorker.ForItem(null!, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => KitWorker.ForItem(Workload.Article(TimeSpan.Zero), -1));
    }

    private static string Line(int item, string result, int processId, long start, long end) =>
        $"{item}\t{start}\t{end}\t{processId}\t{result}";

    [Fact]
    public void RanTogether_OneProcessEachOverlapping_IsTrue()
    {
        string?[] lines = [Line(0, "zero", 10, 0, 100), Line(1, "odd", 11, 50, 150), Line(2, "even", 12, 200, 300)];

        Assert.True(KitWorker.RanTogether(lines, ThreeResults));
    }

    [Fact]
    public void RanTogether_OneAfterAnother_IsFalse()
    {
        string?[] lines = [Line(0, "zero", 10, 0, 100), Line(1, "odd", 11, 100, 200), Line(2, "even", 12, 200, 300)];

        Assert.False(KitWorker.RanTogether(lines, ThreeResults));
    }

    [Fact]
    public void RanTogether_TwoLinesFromOneProcess_IsFalse()
    {
        string?[] lines = [Line(0, "zero", 10, 0, 100), Line(1, "odd", 10, 50, 150), Line(2, "even", 12, 60, 300)];

        Assert.False(KitWorker.RanTogether(lines, ThreeResults));
    }

    [Theory]
    [InlineData(0, "zero")] // line 1 holds item 0's answer
    [InlineData(1, "even")] // item 1 with a wrong result
    public void RanTogether_WrongItemOrResult_IsFalse(int item, string result)
    {
        string?[] lines = [Line(0, "zero", 10, 0, 100), Line(item, result, 11, 50, 150), Line(2, "even", 12, 60, 300)];

        Assert.False(KitWorker.RanTogether(lines, ThreeResults));
    }

    [Fact]
    public void RanTogether_MissingOrUnreadableLine_IsFalse()
    {
        Assert.False(KitWorker.RanTogether([Line(0, "zero", 10, 0, 100), null, Line(2, "even", 12, 60, 300)], ThreeResults));
        Assert.False(KitWorker.RanTogether([Line(0, "zero", 10, 0, 100), "odd", Line(2, "even", 12, 60, 300)], ThreeResults));
        Assert.False(KitWorker.RanTogether([Line(0, "zero", 10, 0, 100), Line(1, "odd", 11, 50, 150)], ThreeResults));
    }
}
