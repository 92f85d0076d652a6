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

    private static WorkerProcess Start(WorkerCommand command, IEnumerable<string> arguments)
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

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Why the worker stopped early: its exit code and the first lines of its standard error.</summary>
    public async Task<string> DescribeExitAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
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

        await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        _process.Dispose();
    }

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
