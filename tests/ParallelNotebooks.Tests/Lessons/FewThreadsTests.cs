using ParallelNotebooks.Lessons;
using ParallelNotebooks.Tests.Running;

namespace ParallelNotebooks.Tests.Lessons;

/// <summary>The report reads the pool's minimum threads, so these run apart from the tests that raise it.</summary>
[Collection(nameof(ThreadPoolMinimumCollection))]
public sealed class FewThreadsTests
{
    private const int Requests = 12;
    private static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task ServeAsync_BlockingHandler_WaitsOnlyAsManyAsThreads()
    {
        var service = new SlowService(Wait);

        var run = await FewThreads.ServeAsync(r => Task.FromResult(service.Call(r)), Requests, service, threads: 2);

        Assert.True(run.AllReplied, run.ToString());
        Assert.Equal((2, Requests, 2), (run.PeakWaits, run.BlockingCalls, run.Threads));
        Assert.False(run.AllAtOnce);
        Assert.True(run.Wall >= Wait * (Requests / 2));
    }

    [Fact]
    public async Task ServeAsync_AwaitingHandler_AllWaitAtOnce()
    {
        var service = new SlowService(Wait);

        var run = await FewThreads.ServeAsync(async r => await service.CallAsync(r), Requests, service, threads: 2);

        Assert.True(run.AllAtOnce, run.ToString());
        Assert.Equal(0, run.BlockingCalls);
    }

    [Fact]
    public async Task ServeAsync_HandlerThrows_ReportsTheFailure()
    {
        var service = new SlowService(Wait);

        var run = await FewThreads.ServeAsync(r => r == 3 ? throw new InvalidOperationException("no") : service.CallAsync(r), Requests, service);

        Assert.Equal("InvalidOperationException: no", run.Failure);
        Assert.Null(run.Replies[3]);
        Assert.Equal(SlowService.Reply(4), run.Replies[4]);
        Assert.False(run.AllAtOnce);
    }

    [Fact]
    public async Task ServeAsync_BadArguments_Throw()
    {
        var service = new SlowService(Wait);

        await Assert.ThrowsAsync<ArgumentNullException>(() => FewThreads.ServeAsync(null!, Requests, service));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => FewThreads.ServeAsync(r => service.CallAsync(r), 0, service));
        await Assert.ThrowsAsync<ArgumentNullException>(() => FewThreads.ServeAsync(r => service.CallAsync(r), Requests, null!));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => FewThreads.ServeAsync(r => service.CallAsync(r), Requests, service, threads: 0));
    }

    [Fact]
    public void AllAtOnce_MinThreadsRaised_IsNot()
    {
        var run = new ServiceRun { Requests = 1, Wall = Wait, Replies = [SlowService.Reply(0)], PeakWaits = 1, BlockingCalls = 0 };

        Assert.True(run.AllAtOnce);
        Assert.False((run with { MinThreadsRaised = true }).AllAtOnce);
        Assert.Contains("minimum threads is raised", (run with { MinThreadsRaised = true }).ToString());
    }
}
