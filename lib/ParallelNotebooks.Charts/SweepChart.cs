using Plotly.NET;
using static ParallelNotebooks.Charts.ChartSupport;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace ParallelNotebooks.Charts;

/// <summary>A line per series over a swept setting, such as wall time against item count for each strategy.</summary>
public static class SweepChart
{
    /// <summary>
    /// Builds one line trace per series, named after it. Each axis is logarithmic where its values span two orders of
    /// magnitude or more (item counts from 10 to 1000, cores from 1 to 128). The summary gives each line's first and
    /// last point.
    /// </summary>
    /// <exception cref="ArgumentException">A series has a different number of X and Y values.</exception>
    public static GenericChart Build(string title, string xTitle, string yTitle, IEnumerable<SweepSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var list = series.ToList();
        if (list.FirstOrDefault(s => s.X.Count != s.Y.Count) is { } uneven)
        {
            throw new ArgumentException($"Series '{uneven.Name}' has {uneven.X.Count} X values but {uneven.Y.Count} Y values.", nameof(series));
        }

        var lines = list.Select(s => CSharpChart.Line<double, double, string>(x: s.X, y: [.. s.Y.Select(Rounded)], Name: s.Name, ShowMarkers: true));
        var x = Axis.For(xTitle, list.SelectMany(s => s.X));
        var y = Axis.For(yTitle, list.SelectMany(s => s.Y));
        var scales = (x.Log, y.Log) switch
        {
            (true, true) => ", both axes on a log scale",
            (true, false) => $", {xTitle} on a log scale",
            (false, true) => $", {yTitle} on a log scale",
            _ => "",
        };
        var summary = $"{title}: {yTitle} against {xTitle}{scales}; " + string.Join("; ", list.Select(Describe)) + ".";
        return Finish(CSharpChart.Combine(lines), title, x, y, summary);
    }

    private static string Describe(SweepSeries series) => series.X.Count switch
    {
        0 => $"{series.Name}: no points",
        1 => $"{series.Name}: {Figure(series.Y[0])} at {Figure(series.X[0])}",
        _ => $"{series.Name}: from {Figure(series.Y[0])} at {Figure(series.X[0])} to {Figure(series.Y[^1])} at {Figure(series.X[^1])}",
    };
}
