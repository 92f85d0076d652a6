using ParallelNotebooks.Tests.Fakes;

namespace ParallelNotebooks.Tests.Analysis;

public sealed class RepeatedTests
{
    private static readonly Workload Instant = Workload.Article(TimeSpan.Zero);

    [Fact]
    public async Task RunAsync_ThreeTimes_GivesThreeReportsOfTheRun()
    {
        var reports = await Repeated.RunAsync(Runners.Serial(), Instant, items: 2, times: 3);

        Assert.Equal(3, reports.Count);
        Assert.All(reports, r => Assert.Equal(2, r.Completed.Count));
    }

    [Fact]
    public async Task RunAsync_BadArguments_ThrowNamingThem()
    {
        Assert.Equal("runner", (await Assert.ThrowsAsync<ArgumentNullException>(() => Repeated.RunAsync(null!, Instant, 2, 1))).ParamName);
        Assert.Equal("times", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Repeated.RunAsync(Runners.Serial(), Instant, 2, 0))).ParamName);
    }

    [Fact]
    public void Walls_Reports_AreTheirWallTimesInSeconds()
    {
        Assert.Equal([20.0, 5.0], Repeated.Walls([FakeReports.Serial, FakeReports.Pool]).Values);
    }

    [Fact]
    public void Speedups_RunsAndBaselines_PairsThemInOrder()
    {
        // The pool against the serial run is 4x; the serial run against the pool is 0.25x.
        Assert.Equal([4.0, 0.25], Repeated.Speedups([FakeReports.Pool, FakeReports.Serial], [FakeReports.Serial, FakeReports.Pool]).Values);
    }

    [Fact]
    public void ItemDurations_Reports_AreEveryFinishedItemsTime()
    {
        Assert.Equal([2.0, 2.2, 2.0], Repeated.ItemDurations([FakeReports.Pool]).Values.Select(v => Math.Round(v, 6)));
    }

    [Fact]
    public void Describe_Reports_NamesTheStrategyAndItsWalls()
    {
        Assert.Equal("process pool: 5.000 s", Repeated.Describe([FakeReports.Pool]));
        Assert.Equal("serial: 12.500 s (5.000 to 20.000, 2 runs)", Repeated.Describe([FakeReports.Serial, FakeReports.Pool]));
    }

    [Fact]
    public void Methods_Null_ThrowNamingIt()
    {
        Assert.Equal("reports", Assert.Throws<ArgumentNullException>(() => Repeated.Walls(null!)).ParamName);
        Assert.Equal("reports", Assert.Throws<ArgumentNullException>(() => Repeated.Speedups(null!, [])).ParamName);
        Assert.Equal("baselines", Assert.Throws<ArgumentNullException>(() => Repeated.Speedups([], null!)).ParamName);
        Assert.Equal("reports", Assert.Throws<ArgumentNullException>(() => Repeated.ItemDurations(null!)).ParamName);
        Assert.Equal("reports", Assert.Throws<ArgumentNullException>(() => Repeated.Describe(null!)).ParamName);
        Assert.Equal("reports", Assert.Throws<ArgumentOutOfRangeException>(() => Repeated.Describe([])).ParamName);
    }
}
