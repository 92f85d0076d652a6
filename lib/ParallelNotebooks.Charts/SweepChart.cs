using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace ParallelNotebooks.Charts;

/// <summary>A line per series over a swept setting, such as wall time against item count for each strategy.</summary>
public static class SweepChart
{
    /// <summary>Builds one line trace per series, named after it.</summary>
    /// <exception cref="ArgumentException">A series has a different number of X and Y values.</exception>
    public static GenericChart Build(string title, string xTitle, string yTitle, IEnumerable<SweepSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var list = series.ToList();
        if (list.FirstOrDefault(s => s.X.Count != s.Y.Count) is { } uneven)
        {
            throw new ArgumentException($"Series '{uneven.Name}' has {uneven.X.Count} X values but {uneven.Y.Count} Y values.", nameof(series));
        }

        var lines = list.Select(s => CSharpChart.Line<double, double, string>(x: s.X, y: s.Y, Name: s.Name, ShowMarkers: true));
        return ChartSupport.Titled(CSharpChart.Combine(lines), title, xTitle, yTitle);
    }
}
