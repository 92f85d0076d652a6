using System.Globalization;
using System.Text;
using ParallelNotebooks.Reports;

namespace ParallelNotebooks.Exporters;

/// <summary>Turns reports into a Markdown table: readable in a console, a notebook and a README alike.</summary>
public static class MarkdownExporter
{
    /// <summary>
    /// One row per run: strategy, workers, measured wall time, ideal, wall / ideal, and speedup over
    /// <paramref name="baseline"/> measured and ideal. Times are in seconds.
    /// </summary>
    public static string Table(RunReport baseline, IEnumerable<RunReport> runs)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(runs);
        var table = new StringBuilder()
            .AppendLine("| strategy | workers | wall (s) | ideal (s) | wall / ideal | speedup | ideal speedup | outcome |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var run in runs)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Strategy} | {run.Workers} | {run.Wall.TotalSeconds:0.000} | {run.Ideal.TotalSeconds:0.000} | " +
                $"{run.Wall / run.Ideal:0.00} | {run.SpeedupOver(baseline):0.00}x | {run.IdealSpeedupOver(baseline):0.00}x | {Outcome(run)} |");
        }

        return table.ToString();
    }

    private static string Outcome(RunReport run) => run.Outcome == RunOutcome.Completed
        ? "completed"
        : $"{run.Outcome.ToString().ToLowerInvariant()}: {run.Failure}";
}
