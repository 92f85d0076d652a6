namespace ParallelNotebooks.Lessons;

/// <summary>
/// What one run of calls to a <see cref="SlowService"/> did: how long it took, what it got back, how many calls waited at
/// once and how many held a thread while they waited. Made by <see cref="ServiceLoop"/> and <see cref="FewThreads"/>.
/// </summary>
public sealed record ServiceRun
{
    /// <summary>How many calls the run was asked to make, one per request or page (0 to <c>Requests - 1</c>).</summary>
    public required int Requests { get; init; }

    /// <summary>From the run's start to its end.</summary>
    public required TimeSpan Wall { get; init; }

    /// <summary>The replies, in request order; <see langword="null"/> where none came back.</summary>
    public required IReadOnlyList<string?> Replies { get; init; }

    /// <summary>What the code under test threw, as text; <see langword="null"/> when it threw nothing.</summary>
    public string? Failure { get; init; }

    /// <summary>The most calls that waited on the service at the same moment.</summary>
    public required int PeakWaits { get; init; }

    /// <summary>How many calls held their thread while they waited (the service's blocking door).</summary>
    public required int BlockingCalls { get; init; }

    /// <summary>The threads the calls were made on, when they were limited (<see cref="FewThreads"/>); otherwise <see langword="null"/>.</summary>
    public int? Threads { get; init; }

    /// <summary>Whether the thread pool's minimum worker threads stood above one per core when the run ended. Default: false.</summary>
    public bool MinThreadsRaised { get; init; }

    /// <summary>Whether every request got its own reply, <c>reply N</c>, in request order, and nothing was thrown.</summary>
    public bool AllReplied =>
        Failure is null && Replies.Count == Requests && Replies.Select((reply, request) => reply == SlowService.Reply(request)).All(right => right);

    /// <summary>
    /// Whether every call waited at the same time without holding a thread: every reply came back in order, all calls were
    /// waiting at once, none came through the blocking door, and the pool's minimum was left alone.
    /// </summary>
    public bool AllAtOnce => AllReplied && PeakWaits == Requests && BlockingCalls == 0 && !MinThreadsRaised;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Requests} calls{(Threads is { } threads ? $" on {threads} threads" : "")}: {Wall.TotalSeconds:0.000} s, at most {PeakWaits} waiting at once, {BlockingCalls} holding a thread while they waited"
        + (Failure is null ? "" : $"; it threw {Failure}")
        + (Failure is null && !AllReplied ? "; the replies are missing or out of order" : "")
        + (MinThreadsRaised ? "; the pool's minimum threads is raised" : "");
}
