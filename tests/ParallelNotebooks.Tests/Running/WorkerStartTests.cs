using System.Diagnostics;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Tests.Running;

public sealed class WorkerStartTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ForItem_StartedWithPipes_AnswersItsItemAndExits(bool managed)
    {
        var start = WorkerStart.ForItem(Workload.Article(TimeSpan.Zero), 3, managed);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;

        using var child = Process.Start(start)!;
        var line = await child.StandardOutput.ReadLineAsync();
        await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var answer = WorkerStart.TryRead(line!);

        Assert.Equal(new WorkerLine(3, "odd", child.Id, answer!.Start, answer.End), answer);
        Assert.True(answer.End >= answer.Start);
        Assert.Equal(0, child.ExitCode);
    }

    [Fact]
    public void ForItem_Managed_RunsTheWorkerDllThroughTheDotnetHost()
    {
        var start = WorkerStart.ForItem(Workload.Article(TimeSpan.Zero), 3, managed: true);

        Assert.Equal(DotnetHost.Path, start.FileName);
        Assert.EndsWith("ParallelNotebooks.Worker.dll", start.ArgumentList[0]);
        Assert.Equal(["item", "3"], start.ArgumentList.Skip(2));
    }

    [Theory]
    [InlineData("3\t10\t20\t42\todd", true)]
    [InlineData("3\t10\t20\t42\tan answer\twith a tab", true)]
    [InlineData("3 odd", false)]
    [InlineData("x\t10\t20\t42\todd", false)]
    [InlineData("", false)]
    public void TryRead_Line_ReadsOnlyResultLines(string line, bool isResult)
    {
        var read = WorkerStart.TryRead(line);

        Assert.Equal(isResult, read is not null);
        if (read is not null)
        {
            Assert.Equal((3, 10L, 20L, 42), (read.Item, read.Start, read.End, read.ProcessId));
            Assert.Equal(line.Split('\t', 5)[4], read.Result);
        }
    }

    [Fact]
    public void BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => WorkerStart.ForItem(null!, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkerStart.ForItem(Workload.Article(TimeSpan.Zero), -1));
        Assert.Throws<ArgumentNullException>(() => WorkerStart.TryRead(null!));
    }
}
