namespace ParallelNotebooks.Tests.Running;

[Collection(nameof(ThreadPoolMinimumCollection))]
public sealed class ThreadPoolMinimumTests
{
    private static readonly Runner Raising = Runners.ThreadPool(new ThreadPoolOptions { RaiseMinThreads = true });

    [Fact]
    public async Task RaiseMinThreads_OneRun_RestoresTheMinimumAfter()
    {
        var before = MinWorkers();

        await Raising.RunAsync(Workload.Article(TimeSpan.FromMilliseconds(10)), 64);

        Assert.Equal(before, MinWorkers());
    }

    [Fact]
    public async Task RaiseMinThreads_RunsOverlapAndTheFirstEndsFirst_EachKeepsItsRaiseAndTheMinimumComesBack()
    {
        var before = MinWorkers();
        const int ShortItems = 8, LongItems = 16;

        var first = Raising.RunAsync(Workload.Article(TimeSpan.FromMilliseconds(300)), ShortItems);
        await WhenAsync(() => MinWorkers() > ShortItems);
        var second = Raising.RunAsync(Workload.Article(TimeSpan.FromSeconds(3)), LongItems);
        await WhenAsync(() => MinWorkers() > LongItems);
        var firstReport = await first;
        var whileSecondRuns = MinWorkers();
        var secondStillRan = !second.IsCompleted;
        var secondReport = await second;

        Assert.Equal(RunOutcome.Completed, firstReport.Outcome);
        Assert.Equal(RunOutcome.Completed, secondReport.Outcome);
        Assert.True(secondStillRan, "The second run ended before the first: the test proved nothing.");
        Assert.True(whileSecondRuns > LongItems, $"The first run's end took the second's raise away: minimum {whileSecondRuns}.");
        Assert.Equal(before, MinWorkers());
    }

    private static int MinWorkers()
    {
        ThreadPool.GetMinThreads(out var workers, out _);
        return workers;
    }

    private static async Task WhenAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(5, limit.Token);
        }
    }
}
