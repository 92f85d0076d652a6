using System.Diagnostics;

namespace ParallelNotebooks.Running.Processes;

/// <summary>
/// One running worker process with its pipes. Disposing it kills the whole process tree if it is still
/// running and waits for it to be gone, so no worker outlives the run that started it.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    // Enough of standard error to say why a worker died, without holding a runaway log.
    private const int KeptErrorLines = 8;

    // How long a killed worker, or one that has said all it had to say, gets to be gone.
    private static readonly TimeSpan ExitPatience = TimeSpan.FromSeconds(5);

    // Enough of an unexpected line to recognise it.
    private const int QuotedLength = 120;

    private readonly Process _process;
    private readonly List<string> _errorLines = [];
    private int _disposed;

    private WorkerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>
    /// Starts a worker for <paramref name="context"/>'s run and notes its process id there; when the system refuses
    /// (too many processes or open files, a worker that cannot be executed) it fails the run instead, and returns null.
    /// </summary>
    public static WorkerProcess? TryStart(WorkerCommand command, IEnumerable<string> arguments, RunContext context, int? item)
    {
        try
        {
            var process = Start(command, arguments);
            context.AddProcess(process.Id);
            return process;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            var forWhat = item is { } i ? $"item {i}" : "the pool";
            context.Fail($"Could not start a worker process for {forWhat}: {e.Message}");
            return null;
        }
    }

    /// <summary>Starts a worker; the caller disposes it. Throws what <see cref="Process.Start()"/> throws.</summary>
    public static WorkerProcess Start(WorkerCommand command, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.LeadingArguments.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var worker = new WorkerProcess(process);
        process.ErrorDataReceived += (_, e) => worker.KeepErrorLine(e.Data);
        process.Start();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>The next line the worker wrote, or <see langword="null"/> once its output has closed.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await _process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false);

    public async Task WriteLineAsync(string line, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the worker's standard input, which tells a serving worker to finish.</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>
    /// Lets a worker that has sent all it was asked for end by itself: it should close its output and exit at once.
    /// Anything more it writes is output the parent does not expect, returned as the first such line. A worker that
    /// neither writes nor goes within a while is killed by <see cref="DisposeAsync"/>: every result is already in,
    /// so its lingering harms nothing but must not hold the run.
    /// </summary>
    /// <returns>The first line written after the last result, or <see langword="null"/> if none was.</returns>
    public async Task<string?> FinishAsync(CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(ExitPatience);
        try
        {
            if (await ReadLineAsync(patience.Token).ConfigureAwait(false) is { } extra)
            {
                return extra;
            }

            await _process.WaitForExitAsync(patience.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Out of patience: disposing kills it.
        }

        await DisposeAsync().ConfigureAwait(false);
        return null;
    }

    /// <summary>What a worker wrote, short enough for a report, for output that is not a result.</summary>
    public string Quote(string line) =>
        $"process {Id} wrote '{(line.Length <= QuotedLength ? line : line[..QuotedLength] + "...")}'";

    /// <summary>Why the worker stopped early: its exit code and the first lines of its standard error.</summary>
    public async Task<string> DescribeExitAsync()
    {
        using var patience = new CancellationTokenSource(ExitPatience);
        try
        {
            await _process.WaitForExitAsync(patience.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return $"process {Id} closed its output but did not exit";
        }

        string errors;
        lock (_errorLines)
        {
            errors = string.Join(" ", _errorLines.Select(l => l.Trim()));
        }

        return $"process {Id} exited with code {_process.ExitCode}" + (errors.Length > 0 ? ": " + errors : "");
    }

    /// <summary>
    /// Kills the worker if it still runs and waits, for a while, for it to be gone. It never throws, so that a
    /// worker that cannot be stopped never keeps the others of its run alive (see <see cref="DisposeAllAsync"/>).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill: nothing is left to stop.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // The system refused the kill (or the process tree changed while it was walked); the wait below
            // still gives the worker its chance to go, and the others are disposed whatever happens here.
        }

        using var patience = new CancellationTokenSource(ExitPatience);
        try
        {
            await _process.WaitForExitAsync(patience.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Killed but not gone in time, which only a hung system does: waiting longer would hang the run too.
        }

        _process.Dispose();
    }

    /// <summary>Disposes every worker, each whatever the others do, all at once.</summary>
    public static async Task DisposeAllAsync(IEnumerable<IAsyncDisposable> workers) =>
        await Task.WhenAll(workers.Select(async w =>
        {
            try
            {
                await w.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One worker that fails to go must not keep the rest alive; the run's report already tells
                // how the run ended, and the failure to dispose has nobody else to tell.
                System.Diagnostics.Trace.TraceWarning($"Disposing a worker failed: {e.Message}");
            }
        })).ConfigureAwait(false);

    private void KeepErrorLine(string? line)
    {
        // Stack frames ("   at ...") say where, not why: the exception's own lines are kept.
        if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("at ", StringComparison.Ordinal))
        {
            return;
        }

        lock (_errorLines)
        {
            if (_errorLines.Count < KeptErrorLines)
            {
                _errorLines.Add(line);
            }
        }
    }
}
