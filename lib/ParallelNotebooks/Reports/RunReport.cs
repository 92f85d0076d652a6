namespace ParallelNotebooks;

/// <summary>
/// Everything measured in one run, as plain data: no printing and no charts here. Exporters and chart
/// builders turn reports into output.
/// </summary>
public sealed record RunReport
{
    /// <summary>The strategy that ran the items, such as <c>serial</c> or <c>process pool</c>.</summary>
    public required string Strategy { get; init; }

    /// <summary>The workload's name.</summary>
    public required string Workload { get; init; }

    /// <summary>How many items the run was given (0 to <c>ItemCount - 1</c>).</summary>
    public required int ItemCount { get; init; }

    /// <summary>How many items the strategy can run at once: its workers.</summary>
    public required int Workers { get; init; }

    /// <summary>
    /// How many items a worker takes at a time, as the strategy scheduled them. Default: 1, which every strategy
    /// but the process pool uses; the pool's chunks follow <c>Pool.map</c>'s formula unless its options set them.
    /// </summary>
    public int ChunkSize { get; init; } = 1;

    /// <summary>The cores the machine offered to the run.</summary>
    public required int ProcessorCount { get; init; }

    /// <summary>When the run started, by the wall clock.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Measured time from the start of the run to its end, start-up of workers included.</summary>
    public required TimeSpan Wall { get; init; }

    /// <summary>The time one item takes alone, which the ideal is built from.</summary>
    public required TimeSpan ItemTime { get; init; }

    /// <summary>
    /// The wall time this strategy would take with no overhead at all, for example
    /// <c>ceil(items / workers) x item time</c>.
    /// </summary>
    public required TimeSpan Ideal { get; init; }

    /// <summary>The finished items, in the order they finished.</summary>
    public required IReadOnlyList<ItemRecord> Completed { get; init; }

    /// <summary>The items that did not finish, in item order. Empty when the run completed.</summary>
    public required IReadOnlyList<int> Unfinished { get; init; }

    /// <summary>How the run ended.</summary>
    public required RunOutcome Outcome { get; init; }

    /// <summary>What went wrong, when <see cref="Outcome"/> is not <see cref="RunOutcome.Completed"/>.</summary>
    public string? Failure { get; init; }

    /// <summary>The ids of every child process the run started; empty for in-process strategies.</summary>
    public IReadOnlyList<int> ProcessIds { get; init; } = [];

    /// <summary>
    /// Attempts at items that were given up and made again elsewhere (a runner that retries, such as the cluster's,
    /// records them; the others never do): <see cref="ItemRecord.Result"/> says why. Default: none.
    /// </summary>
    public IReadOnlyList<ItemRecord> Abandoned { get; init; } = [];

    /// <summary>
    /// How many attempts were made at items: each finished item once, plus every attempt given up. An attempt given up
    /// may have run its item in full, in part or not at all, so an item may have run more than once.
    /// </summary>
    public int Attempts => Completed.Count + Abandoned.Count;

    /// <summary>The finished items in item order, as <c>pool.map</c> would return them.</summary>
    public IReadOnlyList<ItemRecord> InItemOrder => [.. Completed.OrderBy(r => r.Item)];

    /// <summary>The workers that ran items, in the order they first started one.</summary>
    public IReadOnlyList<string> WorkerNames =>
        [.. Completed.OrderBy(r => r.Start).Select(r => r.Worker).Distinct()];

    /// <summary>The most items that were running at the same moment, read from the timeline.</summary>
    /// <remarks>A report with no finished item has nothing running, so 0.</remarks>
    public int MaxConcurrency =>
        Completed
            .SelectMany(r => new[] { (At: r.Start, Change: 1), (At: r.End, Change: -1) })
            .OrderBy(e => e.At).ThenBy(e => e.Change)
            .Aggregate((Running: 0, Max: 0), (s, e) => (s.Running + e.Change, Math.Max(s.Max, s.Running + e.Change)))
            .Max;

    /// <summary>Ideal over measured wall time: 1 means no overhead at all.</summary>
    public double Efficiency => Ideal / Wall;

    /// <summary>How many times faster than <paramref name="baseline"/> this run was, measured.</summary>
    public double SpeedupOver(RunReport baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return baseline.Wall / Wall;
    }

    /// <summary>How many times faster than <paramref name="baseline"/> this run would be with no overhead.</summary>
    public double IdealSpeedupOver(RunReport baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return baseline.Ideal / Ideal;
    }
}
