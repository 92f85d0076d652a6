using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class ServiceLoopTests
{
    private const int Calls = 8;
    private static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(100);

    private static IReadOnlyList<string> Blocking(SlowService service, int calls) =>
        [.. Enumerable.Range(0, calls).Select(service.Call)];

    private static async Task<IReadOnlyList<string>> AllAtOnce(SlowService service, int calls) =>
        await Task.WhenAll(Enumerable.Range(0, calls).Select(i => service.CallAsync(i)));

    private static async Task<IReadOnlyList<string>> OneAfterAnother(SlowService service, int calls)
    {
        var replies = new List<string>();
        for (var i = 0; i < calls; i++)
        {
            replies.Add(await service.CallAsync(i));
        }

        return replies;
    }

    [Fact]
    public void Measure_BlockingLoop_HoldsAThreadPerCallOneAtATime()
    {
        var run = ServiceLoop.Measure(Blocking, Calls, Wait);

        Assert.True(run.AllReplied);
        Assert.Equal((Calls, 1), (run.BlockingCalls, run.PeakWaits));
        Assert.False(run.AllAtOnce);
        Assert.True(run.Wall >= Wait * Calls);
    }

    [Fact]
    public async Task MeasureAsync_AllStartedThenAwaited_AllAtOnce()
    {
        var run = await ServiceLoop.MeasureAsync(AllAtOnce, Calls, Wait);

        Assert.True(run.AllAtOnce, run.ToString());
        Assert.True(run.Wall < Wait * Calls);
    }

    [Fact]
    public async Task MeasureAsync_AwaitedOneAfterAnother_NotAllAtOnce()
    {
        var run = await ServiceLoop.MeasureAsync(OneAfterAnother, Calls, Wait);

        Assert.True(run.AllReplied);
        Assert.Equal((0, 1), (run.BlockingCalls, run.PeakWaits));
        Assert.False(run.AllAtOnce);
    }

    [Fact]
    public async Task MeasureAsync_RepliesOutOfOrder_NotAllReplied()
    {
        var run = await ServiceLoop.MeasureAsync(async (s, n) => [.. (await AllAtOnce(s, n)).Reverse()], Calls, Wait);

        Assert.False(run.AllReplied);
        Assert.False(run.AllAtOnce);
        Assert.Contains("out of order", run.ToString());
    }

    [Fact]
    public async Task MeasureAsync_LoopThrows_ReportsTheFailureInsteadOfThrowing()
    {
        var run = await ServiceLoop.MeasureAsync((_, _) => throw new InvalidOperationException("boom"), Calls, Wait);

        Assert.Equal("InvalidOperationException: boom", run.Failure);
        Assert.False(run.AllAtOnce);
        Assert.Contains("it threw InvalidOperationException: boom", run.ToString());
    }

    [Fact]
    public async Task MeasureAsync_BadArguments_Throw()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => ServiceLoop.MeasureAsync(null!, Calls, Wait));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ServiceLoop.MeasureAsync(AllAtOnce, 0, Wait));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ServiceLoop.MeasureAsync(AllAtOnce, Calls, TimeSpan.Zero));
        Assert.Throws<ArgumentNullException>(() => ServiceLoop.Measure(null!, Calls, Wait));
    }
}
