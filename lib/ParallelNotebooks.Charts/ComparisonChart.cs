using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace ParallelNotebooks.Charts;

/// <summary>Grouped columns that set figures from several sources side by side: the article's, Python here, C# here.</summary>
public static class ComparisonChart
{
    /// <summary>Builds one column trace per series, in the order the series first appear.</summary>
    public static GenericChart Build(string title, string valueTitle, IEnumerable<ComparisonBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var traces = bars.GroupBy(b => b.Series).Select(series => CSharpChart.Column<double, string, string>(
            values: [.. series.Select(b => Math.Round(b.Value, 3))],
            Keys: new([.. series.Select(b => b.Category)], true),
            Name: series.Key,
            MultiText: new([.. series.Select(b => b.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))], true)));
        return ChartSupport.Titled(CSharpChart.Combine(traces), title, "", valueTitle);
    }
}
