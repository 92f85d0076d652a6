using ParallelNotebooks.Charts;
using ParallelNotebooks.Tests.Fakes;

namespace ParallelNotebooks.Tests.Charts;

public sealed class SpeedupChartTests
{
    [Fact]
    public void Build_SerialAndPool_MeasuredAndIdealTraces()
    {
        var traces = ChartJson.Traces(SpeedupChart.Build(FakeReports.Serial, [FakeReports.Serial, FakeReports.Pool]));

        Assert.Equal([SpeedupChart.Measured, SpeedupChart.Ideal], traces.Select(t => t.Name()));
        Assert.Equal(["serial", "process pool"], traces[0].Texts("x"));
        Assert.Equal([1.0, 4.0], traces[0].Numbers("y"));
        Assert.Equal([1.0, 5.0], traces[1].Numbers("y"));
        Assert.Equal(["1x", "4x"], traces[0].Texts("text"));
    }

    [Fact]
    public void Build_SerialAndPool_SummaryGivesEverySpeedupAndItsIdeal()
    {
        var summary = ChartSummary.Of(SpeedupChart.Build(FakeReports.Serial, [FakeReports.Serial, FakeReports.Pool]));

        Assert.Equal("Speedup over serial, measured (ideal): serial 1x (1x), process pool 4x (5x).", summary);
    }

    [Fact]
    public void Build_SpeedupsOfOneMagnitude_LinearAxis()
    {
        var chart = SpeedupChart.Build(FakeReports.Serial, [FakeReports.Serial, FakeReports.Pool]);

        Assert.Null(ChartJson.AxisType(chart, "yaxis"));
        Assert.Equal("times faster", ChartJson.AxisTitle(chart, "yaxis"));
    }

    [Fact]
    public void Build_NullBaseline_ThrowsNamingIt()
    {
        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => SpeedupChart.Build(null!, [])).ParamName);
    }
}
