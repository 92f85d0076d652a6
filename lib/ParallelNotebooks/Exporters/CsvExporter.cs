using System.Globalization;
using System.Text;
using ParallelNotebooks.Reports;

namespace ParallelNotebooks.Exporters;

/// <summary>Turns reports into CSV, one row per run, for the files in <c>data/</c>.</summary>
public static class CsvExporter
{
    /// <summary>The header row.</summary>
    public const string Header = "strategy,workload,items,workers,cores,wall_s,ideal_s,wall_over_ideal,outcome,started_at";

    /// <summary>The header and one row per run. Times are in seconds, with an invariant culture.</summary>
    public static string Runs(IEnumerable<RunReport> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var csv = new StringBuilder().AppendLine(Header);
        foreach (var run in runs)
        {
            csv.AppendLine(CultureInfo.InvariantCulture,
                $"{Csv.Quote(run.Strategy)},{Csv.Quote(run.Workload)},{run.ItemCount},{run.Workers},{run.ProcessorCount}," +
                $"{run.Wall.TotalSeconds:0.0000},{run.Ideal.TotalSeconds:0.0000},{run.Wall / run.Ideal:0.000}," +
                $"{run.Outcome},{run.StartedAt:O}");
        }

        return csv.ToString();
    }
}
