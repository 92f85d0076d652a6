using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using ParallelNotebooks.Running.Processes;
using ParallelNotebooks.Silo;

namespace ParallelNotebooks;

/// <summary>
/// A small Orleans cluster on this machine: each silo its own process on free loopback ports, joined through the first
/// silo (localhost clustering), and a driver process, the cluster's client, that enters by the first silo's gateway and
/// deals a run's items out to the silos. Orleans runs only in those processes, never in the caller's.
/// </summary>
/// <remarks>
/// <para>One cluster per process: starting one disposes the one started before, so a notebook cell run twice leaves no
/// silos behind. Disposing the cluster kills its processes; each also ends by itself within a second when the process
/// that started it dies, even by SIGKILL (its standard input closes), so restarting a notebook kernel leaves nothing.</para>
/// <para>This cluster watches its silo processes: when one exits, it tells the other silos (which evict it from the
/// membership at once) and the driver (which sends that silo's items elsewhere at once). On one machine a process
/// that exited is the ground truth of a dead silo, so Orleans' own failure detection can stay patient and never
/// votes out a silo that is only slow, starved of CPU.</para>
/// </remarks>
public sealed class LocalCluster : IAsyncDisposable
{
    private const string SiloName = "ParallelNotebooks.Silo";
    private static readonly Lock LatestGate = new();
    private static LocalCluster? s_latest;

    private readonly SiloProcess[] _silos;
    private readonly Process _driver;
    private readonly int _driverId;
    private readonly Task<string> _driverErrors;
    private readonly Lock _gate = new();
    private readonly Task _pump;
    private Channel<string>? _run;
    private int _runId;
    private int _disposed;

    private LocalCluster(SiloProcess[] silos, Process driver, Task<string> driverErrors)
    {
        _silos = silos;
        _driver = driver;
        _driverId = driver.Id;
        _driverErrors = driverErrors;
        _pump = Task.Run(PumpAsync);
        foreach (var silo in silos)
        {
            silo.Process.Exited += (_, _) => SiloExited(silo);
            if (silo.Process.HasExited)
            {
                SiloExited(silo);
            }
        }
    }

    /// <summary>The silos' process ids, in the order they were started.</summary>
    public IReadOnlyList<int> SiloProcessIds => [.. _silos.Select(s => s.Id)];

    /// <summary>
    /// How many of this cluster's processes (silos and driver) are running now, looked up by process id: 0 once the
    /// cluster is disposed.
    /// </summary>
    public int ProcessesRunning => _silos.Select(s => s.Id).Append(_driverId).Count(IsRunning);

    /// <summary>The driver's process id: the fault tests kill it.</summary>
    internal int DriverProcessId => _driverId;

    /// <summary>One run at a time goes through the driver.</summary>
    internal SemaphoreSlim RunGate { get; } = new(1, 1);

    /// <summary>
    /// Starts <paramref name="silos"/> silo processes and the driver that connects to them, after disposing the cluster
    /// this process started before, if any.
    /// </summary>
    /// <param name="silos">How many silos, each a process of its own.</param>
    /// <param name="responseTimeout">
    /// How long the driver waits for a silo's answer before it gives the item up and sends it elsewhere. A silo whose
    /// process exits is given up at once, without this wait. Default: 30 s.
    /// </param>
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

        LocalCluster? previous;
        lock (LatestGate)
        {
            (previous, s_latest) = (s_latest, null);
        }

        if (previous is not null)
        {
            await previous.DisposeAsync();
        }

        var ports = FreePorts(2 * silos);
        var gatewayPorts = ports.Skip(silos).ToArray();
        var started = new List<Process>();
        try
        {
            var siloProcesses = new List<SiloProcess>();
            for (var i = 0; i < silos; i++)
            {
                var (process, _) = await StartReadyAsync(siloFile, ["silo", Text(ports[i]), Text(gatewayPorts[i]), Text(ports[0])], $"silo {i}", started, cancellationToken);
                siloProcesses.Add(new SiloProcess(process, ports[i]));
            }

            var (driver, errors) = await StartReadyAsync(siloFile, ["driver", Text((int)timeout.TotalMilliseconds), Text(silos), Text(gatewayPorts[0])], "driver", started, cancellationToken);
            var cluster = new LocalCluster([.. siloProcesses], driver, errors);
            lock (LatestGate)
            {
                (previous, s_latest) = (s_latest, cluster);
            }

            if (previous is not null)
            {
                await previous.DisposeAsync();
            }

            return cluster;
        }
        catch
        {
            Kill(started);
            throw;
        }
    }

    /// <summary>A runner that sends each item to the cluster, and sends again the items whose silo died.</summary>
    public Runner Runner(ClusterOptions? options = null) => new ClusterRunner(options ?? new(), this, _silos.Length);

    /// <summary>
    /// Runs the items on this cluster while the given silos die, as failing machines would: the first as soon as an
    /// item starts on it, each next one as soon as an item starts on it that was already sent once for every silo
    /// before it in the list. So with <c>k</c> silos lost, some item may need <c>k + 1</c> attempts (see
    /// <see cref="ClusterOptions.MaxAttempts"/>). Each silo ends itself with the item on it, so this lands the same way
    /// at any item length and on a loaded machine. Silo 0 holds this local cluster's membership table (a real cluster
    /// keeps it in a database): with it dead, the others could no longer evict a dead silo, so it cannot be listed.
    /// </summary>
    /// <param name="workload">What each item does.</param>
    /// <param name="items">How many items.</param>
    /// <param name="silos">The indexes of the silos to lose, in order; each from 1.</param>
    /// <param name="options">The runner's options. Default: <see cref="ClusterOptions"/>' defaults.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workload"/> or <paramref name="silos"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An index is 0 or names no silo, or <paramref name="items"/> is less than 1.
    /// </exception>
    /// <exception cref="InvalidOperationException">A silo to lose is not running, or did not take its orders.</exception>
    public async Task<RunReport> RunKillingSilosAsync(
        Workload workload, int items, IReadOnlyList<int> silos, ClusterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(silos);
        foreach (var index in silos)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(index, nameof(silos));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _silos.Length, nameof(silos));
        }

        var victims = silos.Select(i => _silos[i]).ToArray();
        for (var k = 0; k < victims.Length; k++)
        {
            await OrderAsync(victims[k], k + 1, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await Runner(options).RunAsync(workload, items, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var survivor in victims.Where(v => !v.Process.HasExited))
            {
                await OrderAsync(survivor, 0, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Kills one silo, as a failing machine would: the fault lesson and tests need it. Silo 0 is the driver's gateway
    /// and holds the membership table: without it, the runs that follow fail.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No silo has that index.</exception>
    public void KillSilo(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _silos.Length);
        Kill([_silos[index].Process]);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        lock (LatestGate)
        {
            if (s_latest == this)
            {
                s_latest = null;
            }
        }

        Process[] all = [_driver, .. _silos.Select(s => s.Process)];
        Kill(all);
        foreach (var process in all)
        {
            await process.WaitForExitAsync();
        }

        await _pump;
        foreach (var process in all)
        {
            process.Dispose();
        }
    }

    /// <summary>
    /// Opens the line of a new run: the driver's lines that name this run come out of the returned channel, lines of
    /// any other run are dropped. The channel completes when the driver's output ends (the driver died).
    /// </summary>
    internal (int Id, ChannelReader<string> Lines) BeginRun()
    {
        var lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        lock (_gate)
        {
            _run = lines;
            _runId++;
            if (_pump.IsCompleted)
            {
                lines.Writer.TryComplete();
            }

            return (_runId, lines.Reader);
        }
    }

    internal void EndRun()
    {
        lock (_gate)
        {
            _run = null;
        }
    }

    /// <summary>Sends a line to the driver; false when it can no longer be reached.</summary>
    internal bool TrySendToDriver(string line) => TrySend(_driver, line);

    /// <summary>Why the driver stopped answering: its exit code and the end of what it wrote to standard error.</summary>
    internal async Task<string> DriverGoneAsync()
    {
        if (_disposed == 1)
        {
            return "The cluster was disposed.";
        }

        // Its output ended, so it is exiting: give it a moment to, and its standard error to end.
        await Task.WhenAny(Task.WhenAll(_driver.WaitForExitAsync(), _driverErrors), Task.Delay(TimeSpan.FromSeconds(1))).ConfigureAwait(false);
        var code = _driver.HasExited ? $" with code {_driver.ExitCode}" : "";
        var errors = _driverErrors.IsCompleted ? (await _driverErrors.ConfigureAwait(false)).Trim() : "";
        var tail = errors.Length > 500 ? "..." + errors[^500..] : errors;
        return $"The cluster's driver process stopped answering (it exited{code}){(tail.Length > 0 ? ": " + tail : ".")}";
    }

    /// <summary>Tells a silo from which attempt on it is to die (0: never), and waits until it has taken that in.</summary>
    private static async Task OrderAsync(SiloProcess silo, int attempt, CancellationToken cancellationToken)
    {
        var answer = ClusterProtocol.Line(ClusterProtocol.DoomedLine, attempt);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(1));
        if (TrySend(silo.Process, ClusterProtocol.Line(ClusterProtocol.DieCommand, attempt)))
        {
            while (await silo.Process.StandardOutput.ReadLineAsync(limit.Token).ConfigureAwait(false) is { } line)
            {
                if (line == answer)
                {
                    return;
                }
            }
        }

        if (attempt > 0)
        {
            throw new InvalidOperationException($"Silo {silo.Id} is not running, so it cannot be lost in this run.");
        }
    }

    /// <summary>The silos' ports, in the order they were started: Orleans names a silo by its port in its errors.</summary>
    internal IReadOnlyList<int> SiloPorts => [.. _silos.Select(s => s.Port)];

    /// <summary>The name a silo's port goes by in reports: its process.</summary>
    internal string SiloNamed(int port) =>
        _silos.FirstOrDefault(s => s.Port == port) is { } silo ? $"silo {silo.Id}" : $"silo on port {port}";

    private async Task PumpAsync()
    {
        while (await _driver.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            var (_, fields) = ClusterProtocol.Split(line, 2);
            lock (_gate)
            {
                // A line of a run that already returned (stopped early) is dropped here: it never reaches the next run.
                if (_run is { } run && fields is [var id, ..] && ClusterProtocol.TryInt(id, out var runId) && runId == _runId)
                {
                    run.Writer.TryWrite(line);
                }
            }
        }

        lock (_gate)
        {
            _run?.Writer.TryComplete();
        }
    }

    private void SiloExited(SiloProcess silo)
    {
        if (_disposed == 1 || !silo.FirstExitNotice())
        {
            return;
        }

        var notice = ClusterProtocol.Line(ClusterProtocol.DeadCommand, silo.Port);
        TrySend(_driver, notice);
        foreach (var other in _silos.Where(s => s != silo))
        {
            TrySend(other.Process, notice);
        }
    }

    private static bool TrySend(Process process, string line)
    {
        try
        {
            lock (process)
            {
                process.StandardInput.WriteLine(line);
                process.StandardInput.Flush();
            }

            return true;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            return false; // The process is gone; whoever needs to know learns it from its output ending.
        }
    }

    private static async Task<(Process Process, Task<string> Errors)> StartReadyAsync(
        string siloFile, string[] arguments, string role, List<Process> started, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost.Path, [siloFile, .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.EnableRaisingEvents = true;
        started.Add(process);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(1));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                if (line == ClusterProtocol.Ready)
                {
                    return (process, errors);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"The cluster's {role} was not ready within a minute.");
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
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone, or going: one failure must not spare the processes after it.
            }
        }
    }

    private static bool IsRunning(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
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

    /// <summary>A silo's process and its silo port, the name the cluster knows it by.</summary>
    private sealed class SiloProcess(Process process, int port)
    {
        private int _noticed;

        public Process Process { get; } = process;

        public int Port { get; } = port;

        public int Id { get; } = process.Id;

        /// <summary>True the first time only: the exit event and the check at start may both see one exit.</summary>
        public bool FirstExitNotice() => Interlocked.Exchange(ref _noticed, 1) == 0;
    }
}
