using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using ParallelNotebooks.Running;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Cluster;

/// <summary>
/// A small Orleans cluster on this machine: each silo its own process, on free loopback ports, joined through the
/// first silo (localhost clustering), and a client connected to every silo's gateway. Disposing it stops the client
/// and kills every silo; a silo also stops by itself when the process that started it goes away (its standard input
/// closes), so restarting a notebook kernel leaves no silo behind.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private const string SiloName = "ParallelNotebooks.Silo";
    private readonly IHost _client;
    private readonly List<Process> _silos;

    private LocalCluster(IHost client, List<Process> silos)
    {
        _client = client;
        _silos = silos;
    }

    /// <summary>The silos' process ids, in the order they were started.</summary>
    public IReadOnlyList<int> SiloProcessIds => [.. _silos.Select(s => s.Id)];

    internal IClusterClient Client => _client.Services.GetRequiredService<IClusterClient>();

    /// <summary>Starts <paramref name="silos"/> silo processes and connects a client to them.</summary>
    /// <param name="silos">How many silos, each a process of its own.</param>
    /// <param name="responseTimeout">How long the client waits for a silo's answer before it gives the call up. Default: 30 s.</param>
    /// <param name="cancellationToken">Stops the start; silos already started are killed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="silos"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">A silo did not start; the message holds what it said.</exception>
    public static async Task<LocalCluster> StartAsync(int silos, TimeSpan? responseTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(silos);
        var timeout = responseTimeout ?? TimeSpan.FromSeconds(30);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(responseTimeout));

        var siloFile = Path.Combine(Path.GetDirectoryName(typeof(LocalCluster).Assembly.Location)!, SiloName + ".dll");
        if (!File.Exists(siloFile))
        {
            throw new FileNotFoundException($"The silo '{siloFile}' is not there. Build the kit first (see README.md).", siloFile);
        }

        var ports = FreePorts(2 * silos);
        var gatewayPorts = ports.Skip(silos).ToArray();
        var started = new List<Process>();
        try
        {
            for (var i = 0; i < silos; i++)
            {
                started.Add(await StartSiloAsync(siloFile, ports[i], gatewayPorts[i], primaryPort: ports[0], cancellationToken));
            }

            var client = Host.CreateDefaultBuilder()
                .ConfigureLogging(logging => logging.ClearProviders())
                .UseOrleansClient(orleans => orleans
                    .UseLocalhostClustering(gatewayPorts)
                    .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = timeout))
                .Build();
            await client.StartAsync(cancellationToken);
            return new LocalCluster(client, started);
        }
        catch
        {
            Kill(started);
            throw;
        }
    }

    /// <summary>A runner that sends each item to the cluster as a grain call, and sends again the items whose silo died.</summary>
    public Runner Runner(ClusterOptions? options = null) => new ClusterRunner(options ?? new(), this, _silos.Count);

    /// <summary>Kills one silo, as a machine failing would: the fault lessons and tests need it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No silo has that index.</exception>
    public void KillSilo(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _silos.Count);
        _silos[index].Kill(entireProcessTree: true);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _client.StopAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            // The client could not say goodbye in time; the silos go anyway.
        }

        _client.Dispose();
        Kill(_silos);
        foreach (var silo in _silos)
        {
            await silo.WaitForExitAsync();
            silo.Dispose();
        }
    }

    private static async Task<Process> StartSiloAsync(string siloFile, int siloPort, int gatewayPort, int primaryPort, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(WorkerLocator.DotnetHost(),
            [siloFile, siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture), gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture), primaryPort.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var silo = Process.Start(start)!;
        var errors = silo.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(1));
        try
        {
            while (await silo.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                if (line == "ready")
                {
                    return silo;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill([silo]);
            throw new InvalidOperationException($"Silo on port {siloPort} was not ready within a minute.");
        }
        catch
        {
            Kill([silo]);
            throw;
        }

        Kill([silo]);
        throw new InvalidOperationException($"Silo on port {siloPort} exited before it was ready: {await errors}");
    }

    private static void Kill(IEnumerable<Process> silos)
    {
        foreach (var silo in silos)
        {
            try
            {
                silo.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }

    /// <summary>Ports the system hands out as free right now, all held until every one is chosen so none repeats.</summary>
    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
