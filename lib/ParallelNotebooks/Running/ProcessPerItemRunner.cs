using System.Globalization;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Running;

/// <summary>
/// Starts one worker process per item, all at once, then waits for each: the article's <c>Process</c> class.
/// Every item gets its own process, so nothing queues, but every item also pays for a process start.
/// </summary>
internal sealed class ProcessPerItemRunner(ProcessOptions options, WorkerCommand worker) : Runner(options)
{
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
                if (WorkerProcess.TryStart(worker, [spec, WorkerProtocol.ItemMode, item.ToString(CultureInfo.InvariantCulture)], context, item) is not { } process)
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
            foreach (var process in started)
            {
                await process.DisposeAsync().ConfigureAwait(false);
            }
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

        var result = WorkerProtocol.ParseResult(line);
        context.Record(result.Item, result.Result, result.Start, result.End, WorkerProtocol.Worker(result.ProcessId));
        await process.WaitForExitAsync(context.Token).ConfigureAwait(false);
        await process.DisposeAsync().ConfigureAwait(false);
    }
}
