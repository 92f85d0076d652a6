using ParallelNotebooks.Charts;

namespace ParallelNotebooks.Tests.Charts;

public sealed class SweepChartTests
{
    [Fact]
    public void Build_TwoSeries_OneLinePerSeries()
    {
        var chart = SweepChart.Build("wall time by item count", "items", "seconds",
        [
            new SweepSeries("process per item", [10, 100], [0.3, 2.5]),
            new SweepSeries("process pool", [10, 100], [0.2, 0.4]),
        ]);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(["process per item", "process pool"], traces.Select(t => t.Name()));
        Assert.Equal([10.0, 100.0], traces[1].Numbers("x"));
        Assert.Equal([0.2, 0.4], traces[1].Numbers("y"));
        Assert.Equal("wall time by item count", ChartJson.Title(chart));
    }

    [Fact]
    public void Build_ItemCountsFrom10To1000_LogXAxisLinearYAxis()
    {
        var chart = SweepChart.Build("no sleep", "items", "seconds", [new SweepSeries("pool", [10, 100, 1000], [0.5, 0.6, 0.9])]);

        Assert.Equal("log", ChartJson.AxisType(chart, "xaxis"));
        Assert.Equal("items (log scale)", ChartJson.AxisTitle(chart, "xaxis"));
        Assert.Null(ChartJson.AxisType(chart, "yaxis"));
    }

    [Fact]
    public void Build_PositionsFromZero_LinearAxes()
    {
        var chart = SweepChart.Build("order", "item", "position", [new SweepSeries("serial", [0, 1, 2, 300], [0, 1, 2, 300])]);

        Assert.Null(ChartJson.AxisType(chart, "xaxis"));
        Assert.Null(ChartJson.AxisType(chart, "yaxis"));
    }

    [Fact]
    public void Build_TwoSeries_SummaryGivesEachLineFirstAndLastPoint()
    {
        var summary = ChartSummary.Of(SweepChart.Build("No sleep", "items", "seconds",
        [
            new SweepSeries("process per item", [10, 1000], [0.03, 2.5]),
            new SweepSeries("process pool", [10, 1000], [0.02, 0.05]),
        ]));

        Assert.Equal(
            "No sleep: seconds against items, both axes on a log scale; " +
            "process per item: from 0.03 at 10 to 2.5 at 1000; process pool: from 0.02 at 10 to 0.05 at 1000.",
            summary);
    }

    [Fact]
    public void Build_UnevenSeries_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => SweepChart.Build("t", "x", "y", [new SweepSeries("broken", [1, 2], [1])]));

        Assert.Equal("series", error.ParamName);
        Assert.Contains("broken", error.Message);
    }
}
