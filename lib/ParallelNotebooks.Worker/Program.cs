using ParallelNotebooks;
using ParallelNotebooks.Hosting;
using ParallelNotebooks.Running.Processes;
using ParallelNotebooks.Workloads;

// A worker runs items of one of the kit's workloads and writes one result line per item (see WorkerProtocol).
// An item that throws is not caught: the process dies, as a crashing Python worker would, and the
// parent reports which items were lost. Standard output is written without System.Console, whose set-up
// (terminal state, a signal-handling thread) is a measurable part of the start of a short-lived worker.
const string Program = "ParallelNotebooks.Worker";
using var output = new ResultWriter();
if (args is [WorkerProtocol.IdentityMode])
{
    output.Add(SourceHash.Value);
    output.Flush();
    return 0;
}

if (args is not [var spec, _, ..])
{
    return WorkerLoop.Usage(Program, "expected: SPEC item N | SPEC serve | identity");
}

Workload workload;
try
{
    workload = Workload.Parse(spec);
}
catch (FormatException e)
{
    return WorkerLoop.Usage(Program, e.Message);
}

return WorkerLoop.Run(Program, args, output, item => workload.Run(item), describeFailure: null);
