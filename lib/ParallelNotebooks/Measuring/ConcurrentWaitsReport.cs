using System.Globalization;

namespace ParallelNotebooks;

/// <summary>
/// Many waits held at once, on tasks and on a thread per item, at growing counts: what <see cref="ConcurrentWaits.Measure"/>
/// measured. Threads stop at a count this machine can hold safely; <see cref="ThreadLimit"/> says which and why.
/// </summary>
public sealed record ConcurrentWaitsReport
{
    /// <summary>The tasks, one entry per count, smallest first.</summary>
    public required IReadOnlyList<WaitCost> Tasks { get; init; }

    /// <summary>The threads, one entry per count they were run at, smallest first; they stop at <see cref="SafeThreadCount"/>.</summary>
    public required IReadOnlyList<WaitCost> Threads { get; init; }

    /// <summary>The most threads the experiment would start on this machine.</summary>
    public required int SafeThreadCount { get; init; }

    /// <summary>Why threads stop at <see cref="SafeThreadCount"/>, as a sentence for the learner.</summary>
    public required string ThreadLimit { get; init; }

    /// <summary>The costs as one table, tasks then threads, each count a row: what a notebook shows (as HTML).</summary>
    public Table ToTable() => new(
        "Many waits at once: tasks against a thread per item",
        [
            new TableColumn("strategy"),
            new TableColumn("waits at once", IsNumber: true),
            new TableColumn("wall (ms)", IsNumber: true),
            new TableColumn("µs per wait", IsNumber: true),
            new TableColumn("memory (MB)", IsNumber: true),
            new TableColumn("bytes per wait", IsNumber: true),
        ],
        Tasks.Concat(Threads).Select(cost => (IReadOnlyList<string>)
        [
            cost.Strategy,
            cost.Count.ToString("N0", CultureInfo.InvariantCulture),
            cost.Wall.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture),
            cost.MicrosecondsPerWait.ToString("0.00", CultureInfo.InvariantCulture),
            (cost.MemoryBytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture),
            cost.BytesPerWait.ToString("0", CultureInfo.InvariantCulture),
        ]));
}
