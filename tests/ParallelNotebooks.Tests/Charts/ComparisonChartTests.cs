using ParallelNotebooks.Charts;

namespace ParallelNotebooks.Tests.Charts;

public sealed class ComparisonChartTests
{
    // Shaped like lesson 02's start costs: a task costs microseconds, a Python spawn tens of milliseconds.
    private static readonly ComparisonBar[] StartCosts =
    [
        new("C#", "thread", 0.15),
        new("C#", "task", 0.0015),
        new("C#", "process", 2.1),
        new("Python", "process (spawn)", 67),
    ];

    [Fact]
    public void Build_ValuesSpanningOrdersOfMagnitude_LogAxisSaysSo()
    {
        var chart = ComparisonChart.Build("Cost of starting one worker", "milliseconds", StartCosts);

        Assert.Equal("log", ChartJson.AxisType(chart, "yaxis"));
        Assert.Equal("milliseconds (log scale)", ChartJson.AxisTitle(chart, "yaxis"));
    }

    [Fact]
    public void Build_TinyValue_BarKeepsItsValueAndLabel()
    {
        var csharp = ChartJson.Traces(ComparisonChart.Build("Cost of starting one worker", "milliseconds", StartCosts))[0];

        Assert.Equal([0.15, 0.0015, 2.1], csharp.Numbers("y"));
        Assert.Equal(["0.15", "0.0015", "2.1"], csharp.Texts("text"));
    }

    [Fact]
    public void Build_ValuesOfOneMagnitude_LinearAxis()
    {
        var chart = ComparisonChart.Build("10 items x 2 s", "seconds", [new("article", "serial", 20.02), new("C# here", "serial", 20.01)]);

        Assert.Null(ChartJson.AxisType(chart, "yaxis"));
        Assert.Equal("seconds", ChartJson.AxisTitle(chart, "yaxis"));
    }

    [Fact]
    public void Build_ZeroAmongWideValues_LinearAxisSinceALogAxisCannotShowZero()
    {
        var chart = ComparisonChart.Build("t", "ms", [new("a", "x", 0), new("a", "y", 0.001), new("a", "z", 50)]);

        Assert.Null(ChartJson.AxisType(chart, "yaxis"));
    }

    [Fact]
    public void Build_StartCosts_SummaryGivesEveryValueByCategoryAndTheScale()
    {
        var summary = ChartSummary.Of(ComparisonChart.Build("Cost of starting one worker", "milliseconds", StartCosts));

        Assert.Equal(
            "Cost of starting one worker, in milliseconds, on a log scale: thread: C# 0.15; task: C# 0.0015; process: C# 2.1; process (spawn): Python 67.",
            summary);
    }

    [Fact]
    public void Build_TwoSeries_OneTraceEachInOrderOfFirstAppearance()
    {
        var traces = ChartJson.Traces(ComparisonChart.Build("Cost of starting one worker", "milliseconds", StartCosts));

        Assert.Equal(["C#", "Python"], traces.Select(t => t.Name()));
    }
}
