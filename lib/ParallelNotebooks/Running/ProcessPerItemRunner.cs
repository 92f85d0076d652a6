using System.Globalization;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks;

/// <summary>
/// Starts one worker process per item, all at once, then waits for each: the article's <c>Process</c> class.
/// Every item gets its own process, so nothing queues, but every item also pays for a process start.
/// </summary>
internal sealed class ProcessPerItemRunner(ProcessOptions options, WorkerCommand worker) : Runner(options)
{
    internal override ItemPlace Place => ItemPlace.WorkerProcess;

    public override string Strategy => "process per item";

    protected override (int Workers, int ChunkSize) Schedule(int items) => (items, 1);

    protected override async Task ExecuteAsync(RunContext context)
    {
        var spec = context.Workload.Spec;
        var started = new List<WorkerProcess>(context.Items);
        var collecting = new List<Task>(context.Items);
        try
        {
            for (var item = 0; item < context.Items && !context.Token.IsCancellationRequested; item++)
            {
                if (WorkerProcess.TryStart(context.Workload.OwnWorker ?? worker, [spec, WorkerProtocol.ItemMode, item.ToString(CultureInfo.InvariantCulture)], context, item) is not { } process)
                {
                    break;
                }

                started.Add(process);

                // Collecting each process as soon as it starts lets finished ones release their pipes while
                // later ones start, so thousands of short items never hold thousands of pipes at once.
                collecting.Add(CollectAsync(item, process, context));
            }

            await Task.WhenAll(collecting).ConfigureAwait(false);
            context.Token.ThrowIfCancellationRequested();
        }
        finally
        {
            await WorkerProcess.DisposeAllAsync(started).ConfigureAwait(false);
        }
    }

    private static async Task CollectAsync(int item, WorkerProcess process, RunContext context)
    {
        var line = await process.ReadLineAsync(context.Token).ConfigureAwait(false);
        if (line is null)
        {
            context.Fail($"Item {item} was lost: worker {await process.DescribeExitAsync().ConfigureAwait(false)}.");
            return;
        }

        if (!WorkerProtocol.TryParseResult(line, out var result) || result.Item != item)
        {
            context.Fail($"Item {item} was lost: worker {process.Quote(line)}, which is not its result.");
            return;
        }

        context.Record(result.Item, result.Result, result.Start, result.End, WorkerProtocol.Worker(result.ProcessId));

        // The item is measured and recorded, so it stays in the report whatever the worker does next. More output
        // fails the run, naming the worker: stdout is the protocol's channel, and a worker that writes anything
        // else there (a workload that prints, a program that is not our worker) would corrupt a pool's results,
        // so it is a fault to fix, not noise to skip. Silence without exit is only waited for a while, then killed.
        if (await process.FinishAsync(context.Token).ConfigureAwait(false) is { } extra)
        {
            context.Fail($"After its result for item {item}, worker {process.Quote(extra)}; a worker writes one line per item.");
        }
    }
}
