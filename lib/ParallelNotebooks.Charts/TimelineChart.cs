using Plotly.NET;
using ParallelNotebooks.Reports;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace ParallelNotebooks.Charts;

/// <summary>Which item ran where and when: one row per worker, one bar per item from its start to its end.</summary>
public static class TimelineChart
{
    /// <summary>Builds the timeline of <paramref name="report"/>: one trace per worker, named after it.</summary>
    public static GenericChart Build(RunReport report) =>
        Build(report, report is null ? "" : $"{report.Strategy}: {report.Completed.Count} items on {report.WorkerNames.Count} workers in {report.Wall.TotalSeconds:0.00} s");

    /// <summary>Builds the timeline of <paramref name="report"/> under a title of its own, for records that are not items.</summary>
    public static GenericChart Build(RunReport report, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(title);
        var rows = report.Completed.GroupBy(r => r.Worker).OrderBy(g => g.Min(r => r.Start));
        var traces = rows.Select(row =>
        {
            var bars = CSharpChart.Bar<double, string, string>(
                values: [.. row.Select(r => r.Duration.TotalSeconds)],
                Keys: new([.. row.Select(r => r.Worker)], true),
                Name: row.Key,
                MultiText: new([.. row.Select(r => $"item {r.Item}")], true));

            // Plotly takes one base per bar, but the C# binding offers a single base for a whole trace.
            foreach (var trace in GenericChart.getTraces(bars))
            {
                trace.SetProperty("base", row.Select(r => r.Start.TotalSeconds).ToArray());
            }

            return bars;
        });
        return ChartSupport.Titled(
            CSharpChart.Combine(traces),
            title,
            "seconds since the start of the run",
            "worker");
    }
}
