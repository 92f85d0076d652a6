using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;

namespace ParallelNotebooks.Silo;

/// <summary>
/// Ties a silo or the driver to its parent: standard input is read from the first moment, and once it closes (the
/// parent disposed the cluster, or died, even by SIGKILL) the process ends within a second, whatever it was doing,
/// starting up included.
/// </summary>
internal static class Exit
{
    // A graceful stop tells the rest of the cluster goodbye, but the rest is going away too: after this long the
    // process ends regardless.
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan HardLimit = TimeSpan.FromMilliseconds(400);

    /// <summary>The lines the parent sends; the reader completes when the parent is gone, and the process ends soon after.</summary>
    public static ChannelReader<string> WatchParent()
    {
        var lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var reader = new Thread(() =>
        {
            while (Console.In.ReadLine() is { } line)
            {
                lines.Writer.TryWrite(line);
            }

            // A dedicated thread: a starved thread pool (the host starting up, a loaded machine) cannot delay the end.
            lines.Writer.TryComplete();
            Thread.Sleep(HardLimit);
            Process.GetCurrentProcess().Kill();
        })
        { IsBackground = true, Name = "parent watch" };
        reader.Start();
        return lines.Reader;
    }

    /// <summary>Stops the host politely, for as long as <see cref="Patience"/> allows.</summary>
    public static async Task StopAsync(IHost host)
    {
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await host.StopAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            // Leaving without a goodbye is fine: the process ends either way.
        }
    }
}
