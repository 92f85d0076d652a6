namespace ParallelNotebooks.Measuring;

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
}
