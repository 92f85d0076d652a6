using System.Diagnostics;
using Orleans.Placement;

namespace ParallelNotebooks.Silo;

/// <summary>
/// One activation per item attempt (each gets a fresh key), placed on a random silo, so a run's items spread over
/// the cluster the way a pool spreads them over processes.
/// </summary>
[RandomPlacement]
internal sealed class ItemGrain : Grain, IItemGrain
{
    public async Task<SiloItemResult> RunAsync(string spec, int item, int attempt, CancellationToken cancellationToken)
    {
        var workload = Workload.Parse(spec);
        if (Fate.DiesAt(attempt))
        {
            // The fault lessons' failing machine: it dies with this item on it, however short the item.
            Process.GetCurrentProcess().Kill();
        }

        var start = Stopwatch.GetTimestamp();
        var result = await workload.RunAsync(item, cancellationToken);
        var end = Stopwatch.GetTimestamp();

        // One item, one activation: let the silo collect it now rather than after the idle timeout.
        DeactivateOnIdle();
        return new SiloItemResult(result, start, end, Environment.ProcessId);
    }
}
