using System.Collections.Concurrent;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks;

/// <summary>
/// Starts a fixed number of long-lived worker processes and feeds them chunks of items over their standard
/// input: the article's <c>Pool.map</c>. A worker takes its next chunk only when it has finished the last one,
/// so with fewer workers than items, items queue.
/// </summary>
internal sealed class ProcessPoolRunner(ProcessPoolOptions options, WorkerCommand worker) : Runner(options)
{
    internal override ItemPlace Place => ItemPlace.WorkerProcess;

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
                if (WorkerProcess.TryStart(context.Workload.OwnWorker ?? worker, [context.Workload.Spec, WorkerProtocol.ServeMode], context, item: null) is not { } process)
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
            await WorkerProcess.DisposeAllAsync(pool).ConfigureAwait(false);
        }
    }

    private static async Task ServeAsync(WorkerProcess process, ConcurrentQueue<int[]> chunks, RunContext context)
    {
        while (chunks.TryDequeue(out var chunk))
        {
            try
            {
                await process.WriteLineAsync(WorkerProtocol.FormatChunk(chunk), context.Token).ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The worker is gone (a broken pipe): why is in its exit code and standard error.
                context.Fail($"{Lost(chunk)} lost: worker {await process.DescribeExitAsync().ConfigureAwait(false)}.");
                return;
            }

            for (var done = 0; done < chunk.Length; done++)
            {
                var line = await process.ReadLineAsync(context.Token).ConfigureAwait(false);
                if (line is null)
                {
                    context.Fail($"{Lost(chunk[done..])} lost: worker {await process.DescribeExitAsync().ConfigureAwait(false)}.");
                    return;
                }

                // A worker runs its chunk in order, so anything but the next item's result is output the pool
                // cannot place: recording it could credit a result to the wrong item.
                if (!WorkerProtocol.TryParseResult(line, out var result) || result.Item != chunk[done])
                {
                    context.Fail($"{Lost(chunk[done..])} lost: worker {process.Quote(line)}, which is not the result of item {chunk[done]}.");
                    return;
                }

                context.Record(result.Item, result.Result, result.Start, result.End, WorkerProtocol.Worker(result.ProcessId));
            }
        }

        process.CloseInput();
        if (await process.FinishAsync(context.Token).ConfigureAwait(false) is { } extra)
        {
            context.Fail($"After its last result, worker {process.Quote(extra)}; a worker writes one line per item.");
        }
    }

    private static string Lost(int[] items) => items.Length == 1 ? $"Item {items[0]} was" : $"Items {string.Join(", ", items)} were";
}
