using System.Diagnostics;
using System.Globalization;
using ParallelNotebooks;
using ParallelNotebooks.Running.Processes;
using ParallelNotebooks.Worker;

// A worker runs items of one workload and writes one result line per item (see WorkerProtocol).
// An item that throws is not caught: the process dies, as a crashing Python worker would, and the
// parent reports which items were lost. Standard output is written without System.Console, whose set-up
// (terminal state, a signal-handling thread) is a measurable part of the start of a short-lived worker.
using var output = new ResultWriter();
if (args is [WorkerProtocol.IdentityMode])
{
    output.Add(SourceHash.Value);
    output.Flush();
    return 0;
}

if (args is not [var spec, var mode, ..])
{
    return Usage("expected: SPEC item N | SPEC serve | identity");
}

Workload workload;
try
{
    workload = Workload.Parse(spec);
}
catch (FormatException e)
{
    return Usage(e.Message);
}

var processId = Environment.ProcessId;
switch (args)
{
    case [_, WorkerProtocol.ItemMode, var text] when int.TryParse(text, CultureInfo.InvariantCulture, out var item) && item >= 0:
        ParentWatch.ExitWhenInputCloses();
        RunItem(item);
        output.Flush();
        return 0;
    case [_, WorkerProtocol.ServeMode]:
        // One write per chunk, not per item: on many tiny items the writes, and the parent's wake-ups to read
        // them, were a large part of the pool's time. An item that takes long is still sent as soon as it ends,
        // so a result waits at most for the next item of its chunk (the report uses the worker's own timestamps).
        ParentWatch.ServeChunks(
            chunk =>
            {
                var lastSent = Stopwatch.GetTimestamp();
                foreach (var next in chunk)
                {
                    RunItem(next);
                    if (Stopwatch.GetElapsedTime(lastSent) >= ResultWriter.FlushAfter)
                    {
                        output.Flush();
                        lastSent = Stopwatch.GetTimestamp();
                    }
                }
            },
            output.Flush);
        return 0;
    default:
        return Usage($"unknown mode '{mode}' or missing item number");
}

void RunItem(int item)
{
    var start = Stopwatch.GetTimestamp();
    var result = workload.Run(item);
    output.Add(WorkerProtocol.FormatResult(item, start, Stopwatch.GetTimestamp(), processId, result));
}

static int Usage(string problem)
{
    using var error = new ResultWriter(ResultWriter.StandardError);
    error.Add($"ParallelNotebooks.Worker: {problem}");
    error.Flush();
    return 2;
}
