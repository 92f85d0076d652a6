using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime.Placement;

namespace ParallelNotebooks.Silo;

/// <summary>
/// The cluster's client, in a process of its own: it takes runs over standard input (see <see cref="ClusterProtocol"/>),
/// deals each run's items out over the active silos in turn (a placement hint), and sends an item again, to another
/// silo, when its attempt does not come back: its silo's process exited (the parent says so at once), or no answer
/// came within the response timeout. Every line it writes names its run, so the parent can drop what a stopped run
/// still says.
/// </summary>
internal static class Driver
{
    // The first retry waits this long, each later one twice as long: time for the membership to drop a dead silo.
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan JoinPatience = TimeSpan.FromSeconds(30);
    private static readonly Lock Output = new();

    /// <summary>Serves runs until standard input closes.</summary>
    /// <param name="responseTimeout">How long an attempt may go unanswered.</param>
    /// <param name="silos">How many silos the cluster has: the driver waits for each to join before "ready".</param>
    /// <param name="gatewayPort">
    /// The one gateway the driver enters by: silo 0's. A call in flight through a gateway that dies gets no answer until
    /// the response timeout, whichever silo ran it, so the driver enters by the silo that is never lost on purpose (it
    /// holds this local cluster's membership table). Then only the attempts on a lost silo are lost.
    /// </param>
    public static async Task<int> RunAsync(TimeSpan responseTimeout, int silos, int gatewayPort)
    {
        var parent = Exit.WatchParent();
        using var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.ClearProviders())
            .UseOrleansClient(orleans => orleans
                .UseLocalhostClustering(gatewayPort)
                .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = responseTimeout))
            .Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<IClusterClient>();
        await WaitForEverySiloAsync(client, silos);
        Write(ClusterProtocol.Ready);

        var dead = new DeadSilos();
        var running = Task.CompletedTask;
        (int Id, CancellationTokenSource Stop)? current = null;
        await foreach (var line in parent.ReadAllAsync())
        {
            switch (ClusterProtocol.Split(line, 4))
            {
                case (ClusterProtocol.CancelCommand, [var id]) when current is { } run && id == Text(run.Id):
                    run.Stop.Cancel();
                    break;
                case (ClusterProtocol.DeadCommand, [var port]) when ClusterProtocol.TryInt(port, out var deadPort):
                    dead.Mark(deadPort);
                    break;
                case (ClusterProtocol.RunCommand, [var id, var attempts, var items, var spec])
                    when ClusterProtocol.TryInt(id, out var runId) && ClusterProtocol.TryInt(attempts, out var maxAttempts)
                        && ClusterProtocol.TryInt(items, out var count):
                    // The parent starts a run only after the last one returned, so that one is stopped or ending.
                    current?.Stop.Cancel();
                    var stop = new CancellationTokenSource();
                    current = (runId, stop);
                    running = AfterAsync(running, () => RunAsync(client, new Run(runId, spec, maxAttempts, dead, stop), count));
                    break;
            }
        }

        // Standard input closed: the cluster was disposed, or the process that started it died.
        current?.Stop.Cancel();
        await Exit.StopAsync(host);
        return 0;
    }

    private static async Task AfterAsync(Task previous, Func<Task> next)
    {
        await previous;
        await next();
    }

    private static async Task RunAsync(IClusterClient client, Run run, int items)
    {
        try
        {
            var active = (await ActiveSilosAsync(client).WaitAsync(run.Stop.Token)).Where(s => !run.Dead.Has(s)).ToArray();
            if (active.Length == 0)
            {
                run.Fail("No silo is left in the cluster: every silo process has exited.");
            }
            else
            {
                await Task.WhenAll(Enumerable.Range(0, items).Select(item => RunItemAsync(client, run, item, active)));
            }
        }
        catch (OperationCanceledException) when (run.Stop.IsCancellationRequested)
        {
            // Stopped: the parent already knows why.
        }
        catch (Exception e)
        {
            run.Fail($"The driver could not ask the cluster for its silos: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            // The run's stop source is left to the collector: a late "cancel" from the parent may still touch it.
            Write(ClusterProtocol.Line(ClusterProtocol.DoneLine, run.Id));
        }
    }

    private static async Task RunItemAsync(IClusterClient client, Run run, int item, SiloAddress[] active)
    {
        string? lastLoss = null;
        var failedThisItem = new HashSet<SiloAddress>();
        for (var attempt = 1; attempt <= run.MaxAttempts; attempt++)
        {
            var target = active[item % active.Length];
            try
            {
                if (attempt > 1)
                {
                    // Give the cluster time to evict the lost silo (its directory share moves to the others).
                    await Task.Delay(FirstRetryDelay * Math.Pow(2, attempt - 2), run.Stop.Token);
                }

                if (attempt > 1 || run.Dead.Has(target))
                {
                    // Never back to a silo that failed this item or whose process exited, while another is left. The
                    // run's own list of silos is used: asking the cluster again can itself land on the dead silo.
                    if (NextSilo(active, item + attempt, failedThisItem, run) is not { } next)
                    {
                        run.Fail($"Item {item} has no silo left to run on: every silo process has exited.");
                        return;
                    }

                    target = next;
                }
            }
            catch (OperationCanceledException) when (run.Stop.IsCancellationRequested)
            {
                return;
            }

            var sent = Stopwatch.GetTimestamp();
            using var attemptStop = CancellationTokenSource.CreateLinkedTokenSource(run.Stop.Token, run.Dead.TokenFor(target));
            try
            {
                RequestContext.Set(IPlacementDirector.PlacementHintKey, target);
                var result = await client.GetGrain<IItemGrain>(Guid.NewGuid()).RunAsync(run.Spec, item, attempt, attemptStop.Token).WaitAsync(attemptStop.Token);
                Write(ClusterProtocol.Line(ClusterProtocol.ResultLine, run.Id, item, result.Start, result.End, result.ProcessId, result.Result));
                return;
            }
            catch (OperationCanceledException) when (run.Stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is OperationCanceledException && run.Dead.Has(target))
            {
                lastLoss = "its silo's process exited";
            }
            catch (Exception e) when (e is TimeoutException or OrleansException or OperationCanceledException)
            {
                // (A call cut off by a lost connection may end as canceled before the parent's word arrives.)
                // The silo under the item went away or did not answer in time: the item goes out again, elsewhere.
                lastLoss = $"{e.GetType().Name}: {e.Message}";
            }
            catch (Exception e)
            {
                run.Fail($"Item {item} threw {e.GetType().Name}: {e.Message}");
                return;
            }

            failedThisItem.Add(target);
            run.Suspects[Blamed(target, lastLoss, active)] = true;
            Write(ClusterProtocol.Line(ClusterProtocol.LostLine, run.Id, item, sent, Stopwatch.GetTimestamp(), target.Endpoint.Port, lastLoss));
        }

        run.Fail(run.MaxAttempts == 1
            ? $"Item {item} was lost: its one attempt failed because {lastLoss}."
            : $"Item {item} was lost: all {run.MaxAttempts} of its attempts failed, the last because {lastLoss}.");
    }

    /// <summary>
    /// The silo for an item's next attempt, taking turns among the best of: silos that failed neither this item nor any
    /// other of the run; silos that did not fail this item (a failure of another item may have been its gateway's);
    /// any silo. Silos whose process exited are never chosen; none, when no silo is left.
    /// </summary>
    private static SiloAddress? NextSilo(SiloAddress[] active, int turn, HashSet<SiloAddress> failedThisItem, Run run)
    {
        SiloAddress[] alive = [.. active.Where(s => !run.Dead.Has(s))];
        SiloAddress[] untried = [.. alive.Where(s => !failedThisItem.Contains(s))];
        SiloAddress[] trusted = [.. untried.Where(s => !run.Suspects.ContainsKey(s))];
        var candidates = trusted.Length > 0 ? trusted : untried.Length > 0 ? untried : alive;
        return candidates.Length > 0 ? candidates[turn % candidates.Length] : null;
    }

    /// <summary>
    /// The silo to hold a lost attempt against: the one Orleans' error names, when it names another of the run's silos
    /// by its address. A call to a healthy silo fails that way when the grain it creates registers in the share of the
    /// grain directory that a dying silo still holds; suspecting the healthy silo would keep later items off it.
    /// </summary>
    private static SiloAddress Blamed(SiloAddress target, string loss, SiloAddress[] active) =>
        active.FirstOrDefault(s => !s.Equals(target) && Regex.IsMatch(loss, $@"{Regex.Escape(s.Endpoint.Address.ToString())}:{s.Endpoint.Port}(?!\d)"))
            ?? target;

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

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Write(string line)
    {
        lock (Output)
        {
            Console.Out.WriteLine(line);
        }
    }

    /// <summary>One run: its id, what to run, and how it stops.</summary>
    private sealed record Run(int Id, string Spec, int MaxAttempts, DeadSilos Dead, CancellationTokenSource Stop)
    {
        /// <summary>Silos that failed some item of this run: items sent again go elsewhere first.</summary>
        public ConcurrentDictionary<SiloAddress, bool> Suspects { get; } = new();

        public void Fail(string message)
        {
            Write(ClusterProtocol.Line(ClusterProtocol.FailLine, Id, message));
            Stop.Cancel();
        }
    }

    /// <summary>
    /// The silos whose process the parent saw exit, by silo port: on one machine that is the ground truth, so their
    /// attempts are given up at once instead of after the response timeout.
    /// </summary>
    private sealed class DeadSilos
    {
        private readonly ConcurrentDictionary<int, CancellationTokenSource> _byPort = new();

        public void Mark(int port) => Source(port).Cancel();

        public bool Has(SiloAddress silo) => _byPort.TryGetValue(silo.Endpoint.Port, out var source) && source.IsCancellationRequested;

        public CancellationToken TokenFor(SiloAddress silo) => Source(silo.Endpoint.Port).Token;

        private CancellationTokenSource Source(int port) => _byPort.GetOrAdd(port, _ => new CancellationTokenSource());
    }
}
