using System.Collections.Concurrent;

namespace ParallelNotebooks;

/// <summary>
/// Times one item of a CPU-bound workload alone, before a run, so the ideal is built from what one free core
/// does rather than from items slowed down by sharing cores. Each workload is timed once per process.
/// </summary>
internal static class ItemTimer
{
    private static readonly ConcurrentDictionary<string, TimeSpan> Timed = new();

    public static TimeSpan TimeOneItem(Workload workload) => Timed.GetOrAdd(workload.Spec, _ => workload.TimeOneItem());
}
