namespace ParallelNotebooks;

/// <summary>
/// Runs the same experiment several times and turns the reports into <see cref="Samples"/>, so that a verdict on a
/// small difference rests on a median and a spread instead of one run.
/// </summary>
public static class Repeated
{
    /// <summary>Runs <paramref name="items"/> items of <paramref name="workload"/> on <paramref name="runner"/>, <paramref name="times"/> times in a row.</summary>
    /// <returns>The reports, in the order they ran.</returns>
    public static async Task<IReadOnlyList<RunReport>> RunAsync(Runner runner, Workload workload, int items, int times, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        var reports = new List<RunReport>(times);
        for (var run = 0; run < times; run++)
        {
            reports.Add(await runner.RunAsync(workload, items, cancellationToken: cancellationToken).ConfigureAwait(false));
        }

        return reports;
    }

    /// <summary>The wall times of the runs, in seconds.</summary>
    public static Samples Walls(IEnumerable<RunReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return new(reports.Select(r => r.Wall.TotalSeconds));
    }

    /// <summary>How many times faster than the matching baseline run each run was (run i against baseline i).</summary>
    public static Samples Speedups(IEnumerable<RunReport> reports, IEnumerable<RunReport> baselines)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(baselines);
        return new(reports.Zip(baselines, (run, baseline) => run.SpeedupOver(baseline)));
    }

    /// <summary>How long the items took on their workers, in seconds, over every run.</summary>
    public static Samples ItemDurations(IEnumerable<RunReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return new(reports.SelectMany(r => r.Completed).Select(i => i.Duration.TotalSeconds));
    }

    /// <summary>The runs' strategy and wall times in words, such as <c>tasks: 1.004 s (1.002 to 1.010, 3 runs)</c>.</summary>
    public static string Describe(IReadOnlyList<RunReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentOutOfRangeException.ThrowIfZero(reports.Count, nameof(reports));
        return $"{reports[0].Strategy}: {Walls(reports).Describe("0.000", "s")}";
    }
}
