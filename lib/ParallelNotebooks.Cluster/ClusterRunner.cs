using Orleans.Runtime.Placement;
using ParallelNotebooks.Running;

namespace ParallelNotebooks.Cluster;

/// <summary>
/// Sends each item to the cluster as a call to a fresh grain, dealing the items out over the active silos in turn
/// (a placement hint), as a pool deals items to its workers. When a silo dies under an item (the call fails or times
/// out), the item is sent again, to a new grain on the next silo, up to <see cref="ClusterOptions.MaxAttempts"/> times;
/// an item that throws on its own fails the run, as with every other runner.
/// </summary>
internal sealed class ClusterRunner(ClusterOptions options, LocalCluster cluster, int silos) : Runner(options)
{
    public override string Strategy => $"cluster ({silos} silos)";

    protected override (int Workers, int ChunkSize) Schedule(int items) => (items, 1);

    // The first retry waits this long, each later one twice as long: time for the membership to drop a dead silo.
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(RunContext context)
    {
        var active = await ActiveSilosAsync().ConfigureAwait(false);
        var suspects = new System.Collections.Concurrent.ConcurrentDictionary<SiloAddress, bool>();
        await Task.WhenAll(Enumerable.Range(0, context.Items).Select(item => RunItemAsync(item, active, suspects, context))).ConfigureAwait(false);
        context.Token.ThrowIfCancellationRequested();
    }

    private async Task<SiloAddress[]> ActiveSilosAsync()
    {
        var hosts = await cluster.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).ConfigureAwait(false);
        return [.. hosts.Keys.OrderBy(s => s.ToString(), StringComparer.Ordinal)];
    }

    private async Task RunItemAsync(int item, SiloAddress[] active, System.Collections.Concurrent.ConcurrentDictionary<SiloAddress, bool> suspects, RunContext context)
    {
        var spec = context.Workload.Spec;
        Exception? lastLoss = null;
        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            var target = active[item % active.Length];
            try
            {
                if (attempt > 1)
                {
                    // The membership view may still list a dead silo for a while: wait, ask again, and prefer a silo
                    // that has not failed an item in this run.
                    await Task.Delay(FirstRetryDelay * Math.Pow(2, attempt - 2), context.Token).ConfigureAwait(false);
                    var fresh = await ActiveSilosAsync().ConfigureAwait(false);
                    var trusted = fresh.Where(s => !suspects.ContainsKey(s)).ToArray();
                    var candidates = trusted.Length > 0 ? trusted : fresh;
                    target = candidates[(item + attempt) % candidates.Length];
                }

                RequestContext.Set(IPlacementDirector.PlacementHintKey, target);
                var grain = cluster.Client.GetGrain<IItemGrain>(Guid.NewGuid());
                var result = await grain.RunAsync(spec, item, context.Token).ConfigureAwait(false);
                context.Record(item, result.Result, result.Start, result.End, $"silo {result.ProcessId}");
                return;
            }
            catch (OperationCanceledException) when (context.Token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is TimeoutException or OrleansException)
            {
                // The silo under the item went away or did not answer: the item goes out again, elsewhere.
                suspects[target] = true;
                lastLoss = e;
            }
            catch (Exception e)
            {
                context.Fail($"Item {item} threw {e.GetType().Name}: {e.Message}");
                return;
            }
        }

        context.Fail($"Item {item} was lost: {options.MaxAttempts} attempts failed, the last with {lastLoss?.GetType().Name}: {lastLoss?.Message}");
    }
}
