namespace ParallelNotebooks.Tests.Running;

public sealed class IdealTimeTests
{
    private static readonly TimeSpan Two = TimeSpan.FromSeconds(2);

    public static TheoryData<int, int, bool, int, double> ArticleCases => new()
    {
        // items, workers, uses CPU, cores, expected seconds
        { 10, 1, false, 2, 20 },   // serial: the article's 20 s
        { 10, 10, false, 2, 2 },   // one process per item: 2 s whatever the cores, as the items only wait
        { 10, 8, false, 8, 4 },    // Pool() on 8 cores, chunks of 1: two rounds, the article's 4 s
        { 10, 10, true, 2, 10 },   // CPU-bound on 2 cores: no schedule beats half the total work
        { 3, 8, false, 8, 2 },     // more workers than items: one round
    };

    [Theory]
    [MemberData(nameof(ArticleCases))]
    public void Of_ChunksOfOne_IsRoundsTimesItemTime(int items, int workers, bool usesCpu, int cores, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), IdealTime.Of(items, workers, 1, Two, usesCpu, cores));
    }

    [Fact]
    public void Of_PythonPoolOnTwoCores_IsTwelveSeconds()
    {
        // 10 items, 2 workers, chunks of 2: the 12 s measured for the article's Pool script on 2 cores.
        Assert.Equal(TimeSpan.FromSeconds(12), IdealTime.Of(10, 2, 2, Two, usesCpu: false, cores: 2));
    }

    [Fact]
    public void Of_LastChunkShort_CountsOnlyItsItems()
    {
        // Chunks of 3 and 2 on two workers: the longer chunk decides.
        Assert.Equal(TimeSpan.FromSeconds(6), IdealTime.Of(5, 2, 3, Two, usesCpu: false, cores: 2));
    }

    [Fact]
    public void Of_PoolOnOneWorker_LastChunkOfOneAddsOneItem()
    {
        // Pool() on 1 core maps 10 items in chunks of 3: 3 + 3 + 3 + 1 items, one after another.
        Assert.Equal(TimeSpan.FromSeconds(20), IdealTime.Of(10, 1, 3, Two, usesCpu: false, cores: 1));
    }

    [Fact]
    public void Of_LastChunkShortOnTheBusiestWorker_CountsOnlyItsItems()
    {
        // Chunks of 3, 3 and 1 on two workers: worker 0 runs 3 + 1 items while worker 1 runs 3.
        Assert.Equal(TimeSpan.FromSeconds(8), IdealTime.Of(7, 2, 3, Two, usesCpu: false, cores: 2));
    }

    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(11, 3, 2, 4)]    // chunks 2 2 2 2 2 1: workers 0, 1, 2 each get two chunks; the short one lands on worker 2
    [InlineData(13, 3, 2, 5)]    // chunks 2 2 2 2 2 2 1: worker 0 gets three chunks, the last of one item
    [InlineData(1_000_000, 1_000_000, 1, 1)]
    [InlineData(1_000_000, 3, 7, 333_334)]
    public void Of_AnySchedule_MatchesHandingEachChunkToTheFirstFreeWorker(int items, int workers, int chunkSize, int rounds)
    {
        var itemTime = TimeSpan.FromMilliseconds(1);

        Assert.Equal(itemTime * rounds, IdealTime.Of(items, workers, chunkSize, itemTime, usesCpu: false, cores: 2));
        Assert.Equal(Simulated(items, workers, chunkSize, itemTime), IdealTime.Of(items, workers, chunkSize, itemTime, usesCpu: false, cores: 2));
    }

    /// <summary>The schedule played out chunk by chunk with a queue of workers by the time they are free.</summary>
    private static TimeSpan Simulated(int items, int workers, int chunkSize, TimeSpan itemTime)
    {
        var free = new PriorityQueue<int, (TimeSpan At, int Worker)>();
        for (var w = 0; w < Math.Min(workers, items); w++)
        {
            free.Enqueue(w, (TimeSpan.Zero, w));
        }

        var end = TimeSpan.Zero;
        for (var first = 0; first < items; first += chunkSize)
        {
            free.TryDequeue(out var worker, out var at);
            var done = at.At + itemTime * Math.Min(chunkSize, items - first);
            end = done > end ? done : end;
            free.Enqueue(worker, (done, worker));
        }

        return end;
    }
}
