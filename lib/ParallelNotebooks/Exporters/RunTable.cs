using System.Globalization;

namespace ParallelNotebooks;

/// <summary>Tables of runs, one row per run, for exporters to render.</summary>
public static class RunTable
{
    /// <summary>
    /// One row per run: strategy, workers, measured wall time, ideal, wall / ideal, and speedup over
    /// <paramref name="baseline"/> measured and ideal, then the outcome. Times are in seconds.
    /// </summary>
    public static Table Speedups(RunReport baseline, IEnumerable<RunReport> runs)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(runs);
        return new Table(
            $"Against {baseline.Strategy} ({baseline.Workload}, {baseline.ItemCount} items, {baseline.ProcessorCount} cores)",
            [
                new("strategy"), new("workers", true), new("wall (s)", true), new("ideal (s)", true), new("wall / ideal", true),
                new("speedup", true), new("ideal speedup", true), new("outcome"),
            ],
            runs.Select(run => Cells(
                $"{run.Strategy}", $"{run.Workers}", $"{run.Wall.TotalSeconds:0.000}", $"{run.Ideal.TotalSeconds:0.000}", $"{run.Wall / run.Ideal:0.00}",
                $"{run.SpeedupOver(baseline):0.00}x", $"{run.IdealSpeedupOver(baseline):0.00}x", $"{Outcome(run)}")));
    }

    /// <summary>
    /// One row per run with every figure of its report, under machine-friendly names (<c>wall_s</c>, not
    /// <c>wall (s)</c>): the columns of the CSV files in <c>data/</c>. Times are in seconds.
    /// </summary>
    public static Table Runs(IEnumerable<RunReport> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return new Table(
            "Runs",
            [
                new("strategy"), new("workload"), new("items", true), new("workers", true), new("cores", true), new("wall_s", true),
                new("ideal_s", true), new("wall_over_ideal", true), new("outcome"), new("started_at"),
            ],
            runs.Select(run => Cells(
                $"{run.Strategy}", $"{run.Workload}", $"{run.ItemCount}", $"{run.Workers}", $"{run.ProcessorCount}", $"{run.Wall.TotalSeconds:0.0000}",
                $"{run.Ideal.TotalSeconds:0.0000}", $"{run.Wall / run.Ideal:0.000}", $"{run.Outcome}", $"{run.StartedAt:O}")));
    }

    // Every figure in invariant culture: a table reads the same on every machine, and its CSV parses back.
    private static string[] Cells(params FormattableString[] cells) => [.. cells.Select(c => c.ToString(CultureInfo.InvariantCulture))];

    private static string Outcome(RunReport run) => run.Outcome == RunOutcome.Completed
        ? "completed"
        : $"{run.Outcome.ToString().ToLowerInvariant()}: {run.Failure}";
}
