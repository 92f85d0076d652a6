using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ParallelNotebooks.Running;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Cluster;

/// <summary>
/// A small Orleans cluster on this machine: each silo its own process on free loopback ports, joined through the first
/// silo (localhost clustering), and a driver process, the cluster's client, that deals a run's items out to the silos.
/// Orleans runs only in those processes, never in the caller's. Disposing the cluster kills them all; each also stops
/// by itself when the process that started it goes away (its standard input closes), so restarting a notebook kernel
/// leaves nothing behind.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private const string SiloName = "ParallelNotebooks.Silo";
    private readonly List<Process> _silos;
    private readonly Lock _toDriver = new();

    private LocalCluster(List<Process> silos, Process driver)
    {
        _silos = silos;
        Driver = driver;
    }

    /// <summary>The silos' process ids, in the order they were started.</summary>
    public IReadOnlyList<int> SiloProcessIds => [.. _silos.Select(s => s.Id)];

    /// <summary>One run at a time goes through the driver.</summary>
    internal SemaphoreSlim RunGate { get; } = new(1, 1);

    internal Process Driver { get; }

    /// <summary>Starts <paramref name="silos"/> silo processes and the driver that connects to them.</summary>
    /// <param name="silos">How many silos, each a process of its own.</param>
    /// <param name="responseTimeout">How long the driver waits for a silo's answer before it sends the item elsewhere. Default: 30 s.</param>
    /// <param name="cancellationToken">Stops the start; processes already started are killed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="silos"/> is less than 1.</exception>
    /// <exception cref="FileNotFoundException">The silo executable is not beside this library.</exception>
    /// <exception cref="InvalidOperationException">A silo or the driver did not start; the message holds what it said.</exception>
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
                started.Add(await StartReadyAsync(siloFile, ["silo", Text(ports[i]), Text(gatewayPorts[i]), Text(ports[0])], $"silo {i}", cancellationToken));
            }

            var driver = await StartReadyAsync(siloFile, ["driver", Text((int)timeout.TotalMilliseconds), .. gatewayPorts.Select(Text)], "driver", cancellationToken);
            return new LocalCluster(started, driver);
        }
        catch
        {
            Kill(started);
            throw;
        }
    }

    /// <summary>A runner that sends each item to the cluster, and sends again the items whose silo died.</summary>
    public Runner Runner(ClusterOptions? options = null) => new ClusterRunner(options ?? new(), this, _silos.Count);

    /// <summary>Kills one silo, as a failing machine would: the fault lesson and tests need it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No silo has that index.</exception>
    public void KillSilo(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _silos.Count);
        Kill([_silos[index]]);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Process[] all = [Driver, .. _silos];
        Kill(all);
        foreach (var process in all)
        {
            await process.WaitForExitAsync();
            process.Dispose();
        }

        RunGate.Dispose();
    }

    internal void SendToDriver(string line)
    {
        lock (_toDriver)
        {
            Driver.StandardInput.WriteLine(line);
            Driver.StandardInput.Flush();
        }
    }

    private static async Task<Process> StartReadyAsync(string siloFile, string[] arguments, string role, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(WorkerLocator.DotnetHost(), [siloFile, .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(1));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                if (line == "ready")
                {
                    return process;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill([process]);
            throw new InvalidOperationException($"The cluster's {role} was not ready within a minute.");
        }
        catch
        {
            Kill([process]);
            throw;
        }

        Kill([process]);
        throw new InvalidOperationException($"The cluster's {role} exited before it was ready: {await errors}");
    }

    private static void Kill(IEnumerable<Process> processes)
    {
        foreach (var process in processes)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

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
