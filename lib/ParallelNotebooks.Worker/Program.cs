using System.Diagnostics;
using System.Globalization;
using ParallelNotebooks;
using ParallelNotebooks.Running.Processes;
using ParallelNotebooks.Workloads;

// A worker runs items of one workload and writes one result line per item (see WorkerProtocol).
// An item that throws is not caught: the process dies, as a crashing Python worker would, and the
// parent reports which items were lost.
if (args is [WorkerProtocol.IdentityMode])
{
    Console.Out.WriteLine(SourceHash.Value);
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
        RunItem(item);
        return 0;
    case [_, WorkerProtocol.ServeMode]:
        while (Console.In.ReadLine() is { } line)
        {
            foreach (var next in WorkerProtocol.ParseChunk(line))
            {
                RunItem(next);
            }
        }

        return 0;
    default:
        return Usage($"unknown mode '{mode}' or missing item number");
}

void RunItem(int item)
{
    var start = Stopwatch.GetTimestamp();
    var result = workload.Run(item);
    Console.Out.WriteLine(WorkerProtocol.FormatResult(item, start, Stopwatch.GetTimestamp(), processId, result));
}

static int Usage(string problem)
{
    Console.Error.WriteLine($"ParallelNotebooks.Worker: {problem}");
    return 2;
}
