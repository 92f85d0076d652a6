using System.Collections.Concurrent;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Running;

/// <summary>
/// Starts a fixed number of long-lived worker processes and feeds them chunks of items over their standard
/// input: the article's <c>Pool.map</c>. A worker takes its next chunk only when it has finished the last one,
/// so with fewer workers than items, items queue.
/// </summary>
internal sealed class ProcessPoolRunner(ProcessPoolOptions options, WorkerCommand worker) : Runner(options)
{
    public override string Strategy => "process pool";

    protected override (int Workers, int ChunkSize) Schedule(int items) =>
        (options.Workers, options.ChunkSize ?? (int)Math.Ceiling(items / (4.0 * options.Workers)));

    protected override async Task ExecuteAsync(RunContext context)
    {
        var (workers, chunkSize) = (context.Workers, context.ChunkSize);
        var chunks = new ConcurrentQueue<int[]>(Enumerable.Range(0, context.Items).Chunk(chunkSize));
        var pool = new List<WorkerProcess>(workers);
        try
        {
            for (var i = 0; i < workers; i++)
            {
                context.Token.ThrowIfCancellationRequested();
                if (WorkerProcess.TryStart(worker, [context.Workload.Spec, WorkerProtocol.ServeMode], context, item: null) is not { } process)
                {
                    break;
                }

                pool.Add(process);
            }

            await Task.WhenAll(pool.Select(p => ServeAsync(p, chunks, context))).ConfigureAwait(false);
            context.Token.ThrowIfCancellationRequested();
        }
        finally
        {
            foreach (var process in pool)
            {
                await process.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task ServeAsync(WorkerProcess process, ConcurrentQueue<int[]> chunks, RunContext context)
    {
        while (chunks.TryDequeue(out var chunk))
        {
            await process.WriteLineAsync(WorkerProtocol.FormatChunk(chunk), context.Token).ConfigureAwait(false);
            for (var done = 0; done < chunk.Length; done++)
            {
                var line = await process.ReadLineAsync(context.Token).ConfigureAwait(false);
                if (line is null)
                {
                    var lost = chunk[done..];
                    var items = lost.Length == 1 ? $"Item {lost[0]} was" : $"Items {string.Join(", ", lost)} were";
                    context.Fail($"{items} lost: worker {await process.DescribeExitAsync().ConfigureAwait(false)}.");
                    return;
                }

                var result = WorkerProtocol.ParseResult(line);
                context.Record(result.Item, result.Result, result.Start, result.End, WorkerProtocol.Worker(result.ProcessId));
            }
        }

        process.CloseInput();
        await process.WaitForExitAsync(context.Token).ConfigureAwait(false);
    }
}
