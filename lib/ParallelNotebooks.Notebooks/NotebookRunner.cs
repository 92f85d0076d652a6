using System.Diagnostics;

namespace ParallelNotebooks.Notebooks;

/// <summary>
/// Runs a notebook as a learner does: a fresh kernel in the notebook's folder, then every code cell in order,
/// stopping at the first that fails.
/// </summary>
public static class NotebookRunner
{
    /// <summary>Runs every code cell of <paramref name="notebook"/> in a fresh kernel.</summary>
    /// <param name="notebook">The notebook.</param>
    /// <param name="options">Time limits; by default those of <see cref="NotebookRunOptions"/>.</param>
    /// <param name="progress">Told of each cell as it finishes, for a live display.</param>
    /// <param name="cancellationToken">Stops the run and the kernel.</param>
    /// <exception cref="TimeoutException">The kernel did not start in time.</exception>
    /// <exception cref="InvalidOperationException">The kernel exited before it was ready; the message gives its exit code and last words.</exception>
    public static Task<NotebookReport> RunAsync(
        Notebook notebook, NotebookRunOptions? options = null, IProgress<CellResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        return RunAsync(notebook, options ?? new(), progress, KernelSession.DotnetInteractive, cancellationToken);
    }

    /// <summary>Runs the notebook in the kernel <paramref name="kernel"/> starts for the notebook's folder; tests start fake kernels.</summary>
    internal static async Task<NotebookReport> RunAsync(
        Notebook notebook, NotebookRunOptions options, IProgress<CellResult>? progress, Func<string, ProcessStartInfo> kernel, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var folder = Path.GetDirectoryName(notebook.Path)!;
        var results = new List<CellResult>();
        await using (var session = await KernelSession.StartAsync(kernel(folder), options.KernelStartTimeout, cancellationToken).ConfigureAwait(false))
        {
            foreach (var cell in notebook.Cells.Where(c => c.IsCode && !string.IsNullOrWhiteSpace(c.Source)))
            {
                var result = await RunCellAsync(session, cell, options.CellTimeout, cancellationToken).ConfigureAwait(false);
                results.Add(result);
                progress?.Report(result);
                if (!result.Succeeded)
                {
                    break;
                }
            }
        }

        return new NotebookReport(notebook, results, Stopwatch.GetElapsedTime(started));
    }

    private static async Task<CellResult> RunCellAsync(KernelSession kernel, NotebookCell cell, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            var (outputs, error) = await kernel.SubmitAsync(cell.Source, cell.KernelName, limit.Token).ConfigureAwait(false);
            return new CellResult(cell, outputs, error, Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The kernel may be stuck in a loop that Cancel cannot stop; disposing it kills its whole tree.
            return new CellResult(cell, [], $"The cell did not finish within {timeout.TotalSeconds:0} s; the kernel was stopped.", Stopwatch.GetElapsedTime(started));
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            return new CellResult(cell, [], await kernel.DescribeExitAsync("while the cell ran").ConfigureAwait(false), Stopwatch.GetElapsedTime(started));
        }
        catch (IOException e)
        {
            // Writing the cell to a kernel that has died breaks the pipe: the cell never ran.
            var exit = await kernel.DescribeExitAsync("before the cell could be sent").ConfigureAwait(false);
            return new CellResult(cell, [], $"{exit}\n(Sending the cell failed: {e.Message}.)", Stopwatch.GetElapsedTime(started));
        }
    }
}
