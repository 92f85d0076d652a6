using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime.Placement;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Silo;

/// <summary>
/// The cluster's client, in a process of its own: it takes runs over standard input (see <see cref="ClusterProtocol"/>),
/// deals each run's items out over the active silos in turn (a placement hint), and sends an item again, to the next
/// silo, when its silo dies under it.
/// </summary>
internal static class Driver
{
    // The first retry waits this long, each later one twice as long: time for the membership to drop a dead silo.
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan JoinPatience = TimeSpan.FromSeconds(30);
    private static readonly Lock Output = new();

    public static async Task<int> RunAsync(TimeSpan responseTimeout, int[] gatewayPorts)
    {
        using var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.ClearProviders())
            .UseOrleansClient(orleans => orleans
                .UseLocalhostClustering(gatewayPorts)
                .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = responseTimeout))
            .Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<IClusterClient>();
        await WaitForEverySiloAsync(client, silos: gatewayPorts.Length);
        Write("ready");

        Task running = Task.CompletedTask;
        CancellationTokenSource? current = null;
        while (await Console.In.ReadLineAsync() is { } line)
        {
            if (line == ClusterProtocol.Cancel)
            {
                current?.Cancel();
            }
            else if (ClusterProtocol.TryParseRun(line, out var maxAttempts, out var items, out var spec))
            {
                await running;
                current?.Dispose();
                current = new CancellationTokenSource();
                running = RunAsync(client, spec, items, maxAttempts, current);
            }
        }

        // Standard input closed: the cluster was disposed, or the process that started it died.
        current?.Cancel();
        return 0;
    }

    private static async Task RunAsync(IClusterClient client, string spec, int items, int maxAttempts, CancellationTokenSource stop)
    {
        var active = await ActiveSilosAsync(client);
        var suspects = new ConcurrentDictionary<SiloAddress, bool>();
        await Task.WhenAll(Enumerable.Range(0, items).Select(item => RunItemAsync(client, spec, item, maxAttempts, active, suspects, stop)));
        Write(ClusterProtocol.Done);
    }

    private static async Task RunItemAsync(
        IClusterClient client, string spec, int item, int maxAttempts, SiloAddress[] active, ConcurrentDictionary<SiloAddress, bool> suspects, CancellationTokenSource stop)
    {
        Exception? lastLoss = null;
        var failedThisItem = new HashSet<SiloAddress>();
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var target = active[item % active.Length];
            try
            {
                if (attempt > 1)
                {
                    // Wait for the cluster to vote the dead silo out (its directory share moves to the others), and
                    // never send the item back to a silo that failed it while another is left. The run's own list
                    // of silos is used: asking the cluster again can itself land on the dead silo.
                    await Task.Delay(FirstRetryDelay * Math.Pow(2, attempt - 2), stop.Token);
                    target = NextSilo(active, item + attempt, failedThisItem, suspects);
                }

                RequestContext.Set(IPlacementDirector.PlacementHintKey, target);
                var result = await client.GetGrain<IItemGrain>(Guid.NewGuid()).RunAsync(spec, item, stop.Token);
                Write(WorkerProtocol.FormatResult(item, result.Start, result.End, result.ProcessId, result.Result));
                return;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is TimeoutException or OrleansException)
            {
                // The silo under the item went away or did not answer: the item goes out again, elsewhere.
                suspects[target] = true;
                failedThisItem.Add(target);
                lastLoss = e;
            }
            catch (Exception e)
            {
                Stop(stop, $"Item {item} threw {e.GetType().Name}: {e.Message}");
                return;
            }
        }

        Stop(stop, $"Item {item} was lost: {maxAttempts} attempts failed, the last with {lastLoss?.GetType().Name}: {lastLoss?.Message}");
    }

    /// <summary>
    /// The silo for an item's next attempt, taking turns among the best of: silos that failed neither this item nor any
    /// other of the run; silos that did not fail this item (a failure of another item may have been its gateway's);
    /// any active silo.
    /// </summary>
    private static SiloAddress NextSilo(SiloAddress[] active, int turn, HashSet<SiloAddress> failedThisItem, ConcurrentDictionary<SiloAddress, bool> suspects)
    {
        SiloAddress[] trusted = [.. active.Where(s => !failedThisItem.Contains(s) && !suspects.ContainsKey(s))];
        SiloAddress[] untried = [.. active.Where(s => !failedThisItem.Contains(s))];
        var candidates = trusted.Length > 0 ? trusted : untried.Length > 0 ? untried : active;
        return candidates[turn % candidates.Length];
    }

    private static void Stop(CancellationTokenSource stop, string message)
    {
        Write(ClusterProtocol.Fail(message));
        stop.Cancel();
    }

    /// <summary>
    /// Waits until the cluster lists every silo as active (each silo has one gateway), so a run started right after
    /// "ready" deals its items over all of them; after <see cref="JoinPatience"/> it goes on with those there are.
    /// </summary>
    private static async Task WaitForEverySiloAsync(IClusterClient client, int silos)
    {
        var waited = Stopwatch.StartNew();
        while ((await ActiveSilosAsync(client)).Length < silos && waited.Elapsed < JoinPatience)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private static async Task<SiloAddress[]> ActiveSilosAsync(IClusterClient client)
    {
        var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return [.. hosts.Keys.OrderBy(s => s.ToString(), StringComparer.Ordinal)];
    }

    private static void Write(string line)
    {
        lock (Output)
        {
            Console.Out.WriteLine(line);
        }
    }
}
