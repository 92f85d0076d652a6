using ParallelNotebooks.Charts;
using ParallelNotebooks.Tests.Fakes;
using Plotly.NET;

namespace ParallelNotebooks.Tests.Charts;

/// <summary>What every chart builder of the kit must give: the colour-blind-safe palette and a one-line summary.</summary>
public sealed class ChartStyleTests
{
    public static TheoryData<string> Builders => [.. Charts.Keys];

    private static readonly Dictionary<string, Func<GenericChart>> Charts = new()
    {
        ["speedup"] = () => SpeedupChart.Build(FakeReports.Serial, [FakeReports.Serial, FakeReports.Pool]),
        ["timeline"] = () => TimelineChart.Build(FakeReports.Pool),
        ["comparison"] = () => ComparisonChart.Build("t", "s", [new("a", "x", 1), new("b", "x", 2)]),
        ["sweep"] = () => SweepChart.Build("t", "x", "y", [new SweepSeries("a", [1, 2], [3, 4])]),
    };

    [Theory]
    [MemberData(nameof(Builders))]
    public void Build_AnyChart_UsesTheOkabeItoPalette(string builder)
    {
        var colorway = ChartJson.Layout(Charts[builder]()).GetProperty("colorway");

        Assert.Equal(ChartPalette.OkabeIto, [.. colorway.EnumerateArray().Select(c => c.GetString()!)]);
    }

    [Theory]
    [MemberData(nameof(Builders))]
    public void Build_AnyChart_CarriesAOneLineSummary(string builder)
    {
        var summary = ChartSummary.Of(Charts[builder]());

        Assert.False(string.IsNullOrWhiteSpace(summary));
        Assert.DoesNotContain('\n', summary);
        Assert.EndsWith(".", summary);
    }

    [Fact]
    public void OkabeIto_EightDistinctColours()
    {
        Assert.Equal(8, ChartPalette.OkabeIto.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("#E69F00", ChartPalette.OkabeIto);
        Assert.Contains("#0072B2", ChartPalette.OkabeIto);
    }

    [Fact]
    public void Of_ChartBuiltElsewhere_Null()
    {
        Assert.Null(ChartSummary.Of(Plotly.NET.CSharp.Chart.Point<int, int, string>(x: [1], y: [2])));
    }
}
