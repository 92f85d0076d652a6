using System.Diagnostics;
using Microsoft.Extensions.Hosting;

namespace ParallelNotebooks.Silo;

/// <summary>How a silo or the driver ends once its standard input has closed: its parent is gone.</summary>
internal static class Exit
{
    // A graceful stop tells the rest of the cluster goodbye, but the rest is going away too: after this long the
    // process ends regardless, so it never outlives its parent by more than a second.
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(500);

    public static async Task QuicklyAsync(IHost host)
    {
        // The host's own shutdown (and its dispose) can wait on things that never come once the cluster is gone.
        _ = Task.Delay(Patience * 1.6).ContinueWith(_ => Process.GetCurrentProcess().Kill(), TaskScheduler.Default);
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
