namespace ParallelNotebooks.Tests.Analysis;

public sealed class PoolMapTests
{
    private static readonly TimeSpan Two = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 2)]
    [InlineData(3, 1)]
    [InlineData(16, 1)]
    public void ChunkSize_TenItems_AsPoolMapPicksIt(int workers, int chunk)
    {
        Assert.Equal(chunk, PoolMap.ChunkSize(10, workers));
    }

    [Theory]
    [InlineData(1, 4, 20)]   // chunks 3,3,3,1 on one worker: every item in a row
    [InlineData(2, 3, 12)]   // five chunks of 2: the article's Pool() on 2 cores
    [InlineData(4, 3, 6)]
    [InlineData(5, 2, 4)]
    [InlineData(9, 2, 4)]
    [InlineData(10, 1, 2)]
    public void Round_TenItemsOfTwoSeconds_PredictsRoundsAndTime(int workers, int rounds, double seconds)
    {
        var round = PoolMap.Round(10, workers, Two);

        Assert.Equal(rounds, round.Rounds);
        Assert.Equal(TimeSpan.FromSeconds(seconds), round.Predicted);
    }

    [Fact]
    public void Matching_TheArticlesTime_IsFiveToNineWorkers()
    {
        var table = PoolMap.Table(10, Two, 16);

        var matching = PoolMap.Matching(table, TimeSpan.FromSeconds(4.17));

        Assert.Equal([5, 6, 7, 8, 9], matching.Select(r => r.Workers));
    }

    [Fact]
    public void Matching_FasterThanAnyPool_IsEmpty()
    {
        Assert.Empty(PoolMap.Matching(PoolMap.Table(10, Two, 16), TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Table_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PoolMap.Table(10, Two, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PoolMap.ChunkSize(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PoolMap.Round(10, 2, TimeSpan.FromSeconds(-1)));
    }

    [Theory]
    [InlineData(4, 1, 1)]
    [InlineData(8, 2, 1)]
    [InlineData(12, 1, 3)]
    public void ChunkSize_ItemsAMultipleOfFourTimesWorkers_IsTheExactQuotient(int items, int workers, int chunk)
    {
        Assert.Equal(chunk, PoolMap.ChunkSize(items, workers));
    }

    [Fact]
    public void ChunkSize_NoWorkers_ThrowsNamingThem()
    {
        Assert.Equal("workers", Assert.Throws<ArgumentOutOfRangeException>(() => PoolMap.ChunkSize(10, 0)).ParamName);
    }

    [Fact]
    public void Matching_ExactlyAPrediction_IncludesIt()
    {
        // 4 s is the prediction for 5 to 9 workers itself: no overhead at all still points to them.
        var matching = PoolMap.Matching(PoolMap.Table(10, Two, 16), TimeSpan.FromSeconds(4));

        Assert.Equal([5, 6, 7, 8, 9], matching.Select(r => r.Workers));
    }

    [Fact]
    public void Matching_Null_ThrowsNamingIt()
    {
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => PoolMap.Matching(null!, Two)).ParamName);
    }
}
