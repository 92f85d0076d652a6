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
    public static async Task<NotebookReport> RunAsync(
        Notebook notebook, NotebookRunOptions? options = null, IProgress<CellResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        options ??= new();
        var started = Stopwatch.GetTimestamp();
        var folder = Path.GetDirectoryName(notebook.Path)!;
        var results = new List<CellResult>();
        await using (var kernel = await KernelSession.StartAsync(folder, options.KernelStartTimeout, cancellationToken).ConfigureAwait(false))
        {
            foreach (var cell in notebook.Cells.Where(c => c.IsCode && !string.IsNullOrWhiteSpace(c.Source)))
            {
                var result = await RunCellAsync(kernel, cell, options.CellTimeout, cancellationToken).ConfigureAwait(false);
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
            return new CellResult(cell, [], "The kernel exited while the cell ran.", Stopwatch.GetElapsedTime(started));
        }
    }
}
