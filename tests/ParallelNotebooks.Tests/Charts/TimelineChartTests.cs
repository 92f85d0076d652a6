using ParallelNotebooks.Charts;
using ParallelNotebooks.Tests.Fakes;

namespace ParallelNotebooks.Tests.Charts;

public sealed class TimelineChartTests
{
    [Fact]
    public void Build_PoolReport_OneTraceOfHorizontalBarsWithoutLegend()
    {
        var trace = Assert.Single(ChartJson.Traces(TimelineChart.Build(FakeReports.Pool)));

        Assert.Equal("bar", trace.GetProperty("type").GetString());
        Assert.Equal("h", trace.GetProperty("orientation").GetString());
    }

    [Fact]
    public void Build_PoolReport_RowsNamedWorker1ToNInOrderOfFirstStart()
    {
        var trace = ChartJson.Traces(TimelineChart.Build(FakeReports.Pool))[0];

        // process 10 started first (0.4 s), so it is worker 1; its items come first, by start.
        Assert.Equal(["worker 1", "worker 1", "worker 2"], trace.Texts("y"));
        Assert.Equal(["item 0", "item 2", "item 1"], trace.Texts("text"));
    }

    [Fact]
    public void Build_PoolReport_HoverNamesTheProcessAndTheTimes()
    {
        var hover = ChartJson.Traces(TimelineChart.Build(FakeReports.Pool))[0].Texts("hovertext");

        Assert.Equal("item 0 (zero) on process 10: 0.400 s to 2.600 s", hover[0]);
        Assert.Contains("on process 10", hover[1]);
        Assert.Contains("on process 11", hover[2]);
    }

    [Fact]
    public void Build_PoolReport_BarsSpanEachItemFromStartToEnd()
    {
        var trace = ChartJson.Traces(TimelineChart.Build(FakeReports.Pool))[0];

        Assert.Equal([2.2, 2.0, 2.0], trace.Numbers("x"), new ToleranceComparer(1e-9));
        Assert.Equal([0.4, 2.6, 0.5], trace.Numbers("base"), new ToleranceComparer(1e-9));
    }

    [Fact]
    public void Build_TenProcesses_NoProcessIdOutsideTheHover()
    {
        var report = FakeReports.Report("process per item", workers: 10, wall: 2.1, ideal: 2.0,
            [.. Enumerable.Range(0, 10).Select(i => FakeReports.Item(i, "even", 0.01 * i, 2 + 0.01 * i, $"process {4200 + i}"))]);

        var chart = TimelineChart.Build(report);

        var trace = Assert.Single(ChartJson.Traces(chart));
        Assert.DoesNotContain("process", trace.Name());
        Assert.All(trace.Texts("y"), row => Assert.Matches("^worker ([1-9]|10)$", row));
        // A category axis draws its first category at the bottom: worker 10 comes first, so worker 1 is on top.
        Assert.Equal([.. Enumerable.Range(1, 10).Reverse().Select(n => $"worker {n}")],
            [.. ChartJson.Layout(chart).GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()!)]);
    }

    [Fact]
    public void Build_PoolReport_SummaryNamesEachWorkerItsProcessAndItsItems()
    {
        var summary = ChartSummary.Of(TimelineChart.Build(FakeReports.Pool));

        Assert.Equal(
            "Timeline of process pool: 3 items on 2 workers in 5.00 s, at most 2 at once; " +
            "worker 1 (process 10) ran 2 items in 4.20 s, worker 2 (process 11) ran 1 item in 2.00 s.",
            summary);
    }

    [Fact]
    public void Build_ManyWorkers_SummaryGivesTheSpreadOfItemsPerWorker()
    {
        var report = FakeReports.Report("thread per item", workers: 5, wall: 2.0, ideal: 2.0,
            [.. Enumerable.Range(0, 6).Select(i => FakeReports.Item(i, "odd", 0, 1, $"thread {i % 5}"))]);

        Assert.EndsWith("at most 6 at once; each worker ran 1 to 2 items.", ChartSummary.Of(TimelineChart.Build(report)));
    }

    [Fact]
    public void Build_FailedRun_SummarySaysHowManyItemsDidNotFinish()
    {
        var failed = FakeReports.Pool with { Outcome = RunOutcome.Failed, Unfinished = [3, 4], Failure = "worker died" };

        Assert.EndsWith("; the run failed with 2 items unfinished.", ChartSummary.Of(TimelineChart.Build(failed)));
    }

    [Fact]
    public void Build_Report_TitleNamesStrategyAndWall()
    {
        var title = ChartJson.Title(TimelineChart.Build(FakeReports.Pool));

        Assert.Contains("process pool", title);
        Assert.Contains("5.00 s", title);
    }

    [Fact]
    public void Build_Null_ThrowsNamingIt()
    {
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => TimelineChart.Build(null!)).ParamName);
    }
}

internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}
