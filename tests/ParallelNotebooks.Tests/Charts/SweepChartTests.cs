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
    public void Build_UnevenSeries_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => SweepChart.Build("t", "x", "y", [new SweepSeries("broken", [1, 2], [1])]));

        Assert.Equal("series", error.ParamName);
        Assert.Contains("broken", error.Message);
    }
}
