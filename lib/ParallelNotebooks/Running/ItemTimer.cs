using System.Collections.Concurrent;

namespace ParallelNotebooks;

/// <summary>
/// Times one item of a CPU-bound workload alone, before a run, so the ideal is built from what one free core
/// does rather than from items slowed down by sharing cores. Each of the kit's workloads is timed once per process, by
/// its text; a learner's workload times itself once.
/// </summary>
internal static class ItemTimer
{
    private static readonly ConcurrentDictionary<string, TimeSpan> Timed = new();

    public static Task<TimeSpan> TimeOneItemAsync(Workload workload, CancellationToken cancellationToken) =>
        workload.TimingKey is { } key
            ? Task.Run(() => Timed.GetOrAdd(key, _ => workload.TimeOneItem()), CancellationToken.None).WaitAsync(cancellationToken)
            : workload.TimeOneItemAsync(cancellationToken);
}
