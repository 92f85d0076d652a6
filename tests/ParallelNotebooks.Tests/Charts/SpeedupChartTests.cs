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
    }

    [Fact]
    public void Build_NullBaseline_ThrowsNamingIt()
    {
        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => SpeedupChart.Build(null!, [])).ParamName);
    }
}
