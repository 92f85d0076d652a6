using ParallelNotebooks.Running;

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
}
