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
    private readonly Process _process;
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly Task _reading;

    private KernelSession(Process process)
    {
        _process = process;
        _reading = ReadEventsAsync();
    }

    /// <summary>Starts a kernel in <paramref name="workingDirectory"/> and waits until it says it is ready.</summary>
    /// <exception cref="TimeoutException">The kernel did not get ready in time.</exception>
    /// <exception cref="InvalidOperationException">The kernel exited before it got ready.</exception>
    public static async Task<KernelSession> StartAsync(string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "tool", "run", "dotnet-interactive", "--", "stdio", "--working-dir", workingDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var process = Process.Start(start) ?? throw new InvalidOperationException("The kernel process did not start.");
        process.ErrorDataReceived += (_, _) => { }; // Drained so a chatty kernel never blocks on a full pipe.
        process.BeginErrorReadLine();
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
            await session.DisposeAsync().ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw e is ChannelClosedException
                ? new InvalidOperationException("The kernel exited before it was ready. Run 'dotnet tool restore' in the repository first.")
                : new TimeoutException($"The kernel was not ready within {timeout.TotalSeconds:0} s.");
        }
    }

    /// <summary>Runs one code cell and collects its outputs.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> stopped the wait (a timeout, for example).</exception>
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
