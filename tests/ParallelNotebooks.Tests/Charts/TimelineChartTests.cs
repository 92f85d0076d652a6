using ParallelNotebooks.Charts;
using ParallelNotebooks.Tests.Fakes;

namespace ParallelNotebooks.Tests.Charts;

public sealed class TimelineChartTests
{
    [Fact]
    public void Build_PoolReport_OneTracePerWorkerInOrderOfFirstStart()
    {
        var traces = ChartJson.Traces(TimelineChart.Build(FakeReports.Pool));

        Assert.Equal(["process 10", "process 11"], traces.Select(t => t.Name()));
        Assert.All(traces, t => Assert.Equal("bar", t.GetProperty("type").GetString()));
        Assert.All(traces, t => Assert.Equal("h", t.GetProperty("orientation").GetString()));
    }

    [Fact]
    public void Build_PoolReport_BarsSpanEachItemFromStartToEnd()
    {
        var worker10 = ChartJson.Traces(TimelineChart.Build(FakeReports.Pool))[0];

        Assert.Equal([2.2, 2.0], worker10.Numbers("x"), new ToleranceComparer(1e-9));
        Assert.Equal([0.4, 2.6], worker10.Numbers("base"), new ToleranceComparer(1e-9));
        Assert.Equal(["process 10", "process 10"], worker10.Texts("y"));
        Assert.Equal(["item 0", "item 2"], worker10.Texts("text"));
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
