using Plotly.NET;
using static ParallelNotebooks.Charts.ChartSupport;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace ParallelNotebooks.Charts;

/// <summary>Grouped columns that set figures from several sources side by side: the article's, Python here, C# here.</summary>
public static class ComparisonChart
{
    /// <summary>
    /// Builds one column trace per series, in the order the series first appear, each bar labelled with its value.
    /// Where the values span two orders of magnitude or more (a task's start cost beside a process's), the value axis
    /// is logarithmic, so that every bar shows. The summary lists every value by category.
    /// </summary>
    public static GenericChart Build(string title, string valueTitle, IEnumerable<ComparisonBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var list = bars.ToList();
        var traces = list.GroupBy(b => b.Series).Select(series => CSharpChart.Column<double, string, string>(
            values: [.. series.Select(b => Rounded(b.Value))],
            Keys: new([.. series.Select(b => b.Category)], true),
            Name: series.Key,
            MultiText: new([.. series.Select(b => Figure(b.Value))], true)));
        var y = Axis.For(valueTitle, list.Select(b => b.Value));
        var units = valueTitle.Length == 0 ? "" : $", in {valueTitle}";
        var summary = $"{title}{units}{y.Note}: " + string.Join("; ", list.GroupBy(b => b.Category).Select(category =>
            $"{category.Key}: {string.Join(", ", category.Select(b => $"{b.Series} {Figure(b.Value)}"))}")) + ".";
        return Finish(CSharpChart.Combine(traces), title, new Axis(""), y, summary);
    }
}
