using System.Diagnostics;

namespace ParallelNotebooks.Running.Processes;

/// <summary>
/// Times item 0 of a worker file's workload where its function lives, in a worker process, as the kit times its own
/// CPU-bound workload in this one: the item runs twice (the first run warms up) and the second is kept, measured by the
/// worker's own clock, so the process's start is not counted.
/// </summary>
internal static class WorkerTiming
{
    /// <exception cref="InvalidOperationException">The worker did not send both results: why is in the message.</exception>
    public static async Task<TimeSpan> TimeItemZeroAsync(WorkerCommand command, string spec, CancellationToken cancellationToken)
    {
        await using var worker = WorkerProcess.Start(command, [spec, WorkerProtocol.ServeMode]);
        await worker.WriteLineAsync(WorkerProtocol.FormatChunk([0, 0]), cancellationToken).ConfigureAwait(false);
        TimeSpan kept = default;
        for (var run = 0; run < 2; run++)
        {
            var line = await worker.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                throw new InvalidOperationException($"worker {await worker.DescribeExitAsync().ConfigureAwait(false)}");
            }

            if (!WorkerProtocol.TryParseResult(line, out var result) || result.Item != 0)
            {
                throw new InvalidOperationException($"worker {worker.Quote(line)}, which is not the result of item 0");
            }

            kept = Stopwatch.GetElapsedTime(result.Start, result.End);
        }

        worker.CloseInput();
        return kept;
    }
}
