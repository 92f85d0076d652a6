using System.Globalization;
using Plotly.NET;
using Plotly.NET.CSharp;
using static ParallelNotebooks.Charts.ChartSupport;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace ParallelNotebooks.Charts;

/// <summary>Which item ran where and when: one row per worker, one bar per item from its start to its end.</summary>
public static class TimelineChart
{
    /// <summary>
    /// Builds the timeline of <paramref name="report"/>: rows named <c>worker 1</c> to <c>worker N</c> in the order the
    /// workers first started an item, top to bottom, and one bar per item labelled with its number. The worker's own
    /// name (its process id, thread or silo) and the item's times are in each bar's hover text, not in a legend.
    /// </summary>
    public static GenericChart Build(RunReport report) =>
        Build(report, report is null ? "" : $"{report.Strategy}: {report.Completed.Count} items on {report.WorkerNames.Count} workers in {report.Wall.TotalSeconds:0.00} s");

    /// <summary>Builds the timeline of <paramref name="report"/> under a title of its own, for records that are not items.</summary>
    public static GenericChart Build(RunReport report, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(title);
        var rows = WorkerRows(report);
        var items = report.Completed.OrderBy(r => rows[r.Worker]).ThenBy(r => r.Start).ToList();
        var bars = CSharpChart.Bar<double, string, string>(
            values: [.. items.Select(r => r.Duration.TotalSeconds)],
            Keys: new([.. items.Select(r => RowName(rows[r.Worker]))], true),
            Name: "items",
            MultiText: new([.. items.Select(r => $"item {r.Item}")], true));

        // Plotly takes one base per bar, but the C# binding offers a single base for a whole trace.
        foreach (var trace in GenericChart.getTraces(bars))
        {
            trace.SetProperty("base", items.Select(r => r.Start.TotalSeconds).ToArray());
            trace.SetProperty("hovertext", items.Select(Hover).ToArray());
            trace.SetProperty("hoverinfo", "text");
        }

        // A category axis puts its first category at the bottom: list the rows backwards so worker 1 is on top.
        var rowNames = Enumerable.Range(1, rows.Count).Select(RowName).Reverse().ToArray();
        var chart = bars.WithYAxisStyle<double, double, string>(CategoryOrder: StyleParam.CategoryOrder.Array, CategoryArray: rowNames);
        return Finish(
            chart,
            title,
            new Axis("seconds since the start of the run"),
            new Axis("worker"),
            Summary(report, rows));
    }

    /// <summary>The row number of each worker, from 1, in the order the workers first started an item.</summary>
    private static Dictionary<string, int> WorkerRows(RunReport report) =>
        report.WorkerNames.Select((name, index) => (name, index)).ToDictionary(w => w.name, w => w.index + 1);

    private static string RowName(int row) => $"worker {row}";

    private static string Hover(ItemRecord item) => string.Create(CultureInfo.InvariantCulture,
        $"item {item.Item} ({item.Result}) on {item.Worker}: {item.Start.TotalSeconds:0.000} s to {item.End.TotalSeconds:0.000} s");

    private static string Summary(RunReport report, Dictionary<string, int> rows)
    {
        var perWorker = report.Completed.GroupBy(r => r.Worker).OrderBy(g => rows[g.Key]).ToList();
        var spread = perWorker.Count == 0 ? "" : perWorker.Count <= 4
            ? "; " + string.Join(", ", perWorker.Select(g => $"{RowName(rows[g.Key])} ({g.Key}) ran {Items(g.Count())} in {g.Sum(r => r.Duration.TotalSeconds):0.00} s"))
            : perWorker.Min(g => g.Count()) == perWorker.Max(g => g.Count())
                ? $"; each worker ran {Items(perWorker[0].Count())}"
                : $"; each worker ran {perWorker.Min(g => g.Count())} to {Items(perWorker.Max(g => g.Count()))}";
        var unfinished = report.Outcome == RunOutcome.Completed
            ? ""
            : $"; the run {report.Outcome.ToString().ToLowerInvariant()} with {Items(report.Unfinished.Count)} unfinished";
        return string.Create(CultureInfo.InvariantCulture,
            $"Timeline of {report.Strategy}: {Items(report.Completed.Count)} on {rows.Count} workers in {report.Wall.TotalSeconds:0.00} s, " +
            $"at most {report.MaxConcurrency} at once{spread}{unfinished}.");
    }

    private static string Items(int count) => count == 1 ? "1 item" : $"{count} items";
}
