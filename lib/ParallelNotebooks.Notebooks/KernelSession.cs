using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ParallelNotebooks.Notebooks;

/// <summary>
/// One kernel process, started as VS Code starts it (<c>dotnet tool run dotnet-interactive -- stdio</c>), spoken
/// to in its JSON-lines protocol. Disposing it kills the kernel's whole process tree: killing only the tool
/// launcher would leave the kernel running.
/// </summary>
internal sealed class KernelSession : IAsyncDisposable
{
    // Enough of standard error to show why a kernel died (its exception and stack), not a whole log.
    private const int StandardErrorLinesKept = 20;

    private readonly Process _process;
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly Queue<string> _standardErrorTail = new();
    private readonly Task _reading;

    private KernelSession(Process process)
    {
        _process = process;
        // Read, not only drained: a chatty kernel never blocks on a full pipe, and a dying one leaves its last words.
        _process.ErrorDataReceived += (_, e) => KeepStandardError(e.Data);
        _process.BeginErrorReadLine();
        _reading = ReadEventsAsync();
    }

    /// <summary>How VS Code starts the kernel: <c>dotnet tool run dotnet-interactive -- stdio</c> in <paramref name="workingDirectory"/>.</summary>
    public static ProcessStartInfo DotnetInteractive(string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory };
        foreach (var argument in new[] { "tool", "run", "dotnet-interactive", "--", "stdio", "--working-dir", workingDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    /// <summary>Starts the kernel <paramref name="start"/> describes and waits until it says it is ready.</summary>
    /// <exception cref="TimeoutException">The kernel did not get ready in time.</exception>
    /// <exception cref="InvalidOperationException">The kernel exited before it got ready.</exception>
    public static async Task<KernelSession> StartAsync(ProcessStartInfo start, TimeSpan timeout, CancellationToken cancellationToken)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The kernel process did not start.");
        var session = new KernelSession(process);
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            await session.WaitForEventAsync(e => Type(e) == "KernelReady", limit.Token).ConfigureAwait(false);
            return session;
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            var exited = e is ChannelClosedException ? await session.DescribeExitAsync("before it was ready").ConfigureAwait(false) : null;
            await session.DisposeAsync().ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw exited is not null
                ? new InvalidOperationException($"{exited}\nIf it never started, run 'dotnet tool restore' in the repository first.")
                : new TimeoutException($"The kernel was not ready within {timeout.TotalSeconds:0} s.");
        }
    }

    /// <summary>
    /// Why the kernel is gone, for an error message: its exit code, <paramref name="when"/> (such as <c>while the cell
    /// ran</c>), and the last lines it wrote to standard error. Waits a little for the exit, as the kernel may close
    /// its output just before it ends.
    /// </summary>
    public async Task<string> DescribeExitAsync(string when)
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            // Waiting for the exit also waits until standard error is read to its end.
            await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return $"The kernel closed its output {when} but did not exit.";
        }

        string[] tail;
        lock (_standardErrorTail)
        {
            tail = [.. _standardErrorTail];
        }

        var exit = $"The kernel exited with code {_process.ExitCode} {when}";
        return tail.Length == 0 ? $"{exit}, writing nothing to standard error." : $"{exit}. The end of its standard error:\n{string.Join('\n', tail)}";
    }

    /// <summary>Runs one code cell and collects its outputs.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> stopped the wait (a timeout, for example).</exception>
    /// <exception cref="ChannelClosedException">The kernel's output ended: it died while the cell ran.</exception>
    /// <exception cref="IOException">The kernel's input is closed (a broken pipe): it died before the cell was sent.</exception>
    public async Task<(IReadOnlyList<CellOutput> Outputs, string? Error)> SubmitAsync(string code, string kernelName, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        var command = new JsonObject
        {
            ["token"] = token,
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = kernelName },
        };
        await _process.StandardInput.WriteLineAsync(command.ToJsonString().AsMemory(), cancellationToken).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);

        var outputs = new List<CellOutput>();
        var displayed = new Dictionary<string, int>();
        while (true)
        {
            var e = await WaitForEventAsync(e => IsFor(e, token), cancellationToken).ConfigureAwait(false);
            var body = e["event"]?.AsObject();
            switch (Type(e))
            {
                case "CommandSucceeded" when CommandToken(e) == token:
                    return (outputs, null);
                case "CommandFailed" when CommandToken(e) == token:
                    return (outputs, body?["message"]?.GetValue<string>() ?? "The cell failed.");
                case "StandardOutputValueProduced":
                    outputs.Add(Output(CellOutputKind.StandardOutput, body));
                    break;
                case "StandardErrorValueProduced":
                    outputs.Add(Output(CellOutputKind.StandardError, body));
                    break;
                case "ReturnValueProduced":
                    outputs.Add(Output(CellOutputKind.Returned, body));
                    break;
                case "DisplayedValueProduced":
                    Remember(displayed, body, outputs.Count);
                    outputs.Add(Output(CellOutputKind.Displayed, body));
                    break;
                case "DisplayedValueUpdated":
                    // A value updated in place, such as progress, replaces what was shown before.
                    if (body?["valueId"]?.GetValue<string>() is { } id && displayed.TryGetValue(id, out var at))
                    {
                        outputs[at] = Output(CellOutputKind.Displayed, body);
                    }
                    else
                    {
                        Remember(displayed, body, outputs.Count);
                        outputs.Add(Output(CellOutputKind.Displayed, body));
                    }

                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited on its own between the check and the kill.
        }

        await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        await _reading.ConfigureAwait(false);
        _process.Dispose();
    }

    private async Task<JsonObject> WaitForEventAsync(Func<JsonObject, bool> wanted, CancellationToken cancellationToken)
    {
        while (true)
        {
            var e = await _events.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (wanted(e))
            {
                return e;
            }
        }
    }

    private async Task ReadEventsAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                // The kernel prints a welcome banner before its first event: only JSON lines are events.
                if (!line.StartsWith('{'))
                {
                    continue;
                }

                try
                {
                    if (JsonNode.Parse(line) is JsonObject e)
                    {
                        _events.Writer.TryWrite(e);
                    }
                }
                catch (JsonException)
                {
                    // Not an event after all (a stray line of output); the protocol goes on.
                }
            }
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    private void KeepStandardError(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_standardErrorTail)
        {
            _standardErrorTail.Enqueue(line);
            if (_standardErrorTail.Count > StandardErrorLinesKept)
            {
                _standardErrorTail.Dequeue();
            }
        }
    }

    private static void Remember(Dictionary<string, int> displayed, JsonObject? body, int position)
    {
        if (body?["valueId"]?.GetValue<string>() is { } id)
        {
            displayed[id] = position;
        }
    }

    private static string? Type(JsonObject e) => e["eventType"]?.GetValue<string>();

    private static string? CommandToken(JsonObject e) => e["command"]?["token"]?.GetValue<string>();

    /// <summary>Events of our command, and of the commands it spawned (their tokens extend ours).</summary>
    private static bool IsFor(JsonObject e, string token) =>
        CommandToken(e) is { } t && (t == token || t.StartsWith(token + ".", StringComparison.Ordinal));

    private static CellOutput Output(CellOutputKind kind, JsonObject? body)
    {
        var values = new Dictionary<string, string>();
        foreach (var value in body?["formattedValues"]?.AsArray() ?? [])
        {
            if (value?["mimeType"]?.GetValue<string>() is { } mime && value["value"]?.GetValue<string>() is { } text)
            {
                values[mime] = text;
            }
        }

        return new CellOutput(kind, values);
    }
}
