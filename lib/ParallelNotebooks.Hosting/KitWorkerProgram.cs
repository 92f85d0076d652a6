using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Hosting;

/// <summary>
/// The kit's own worker program: runs items of one of the kit's workloads, named by its spec, and writes one result
/// line per item (see <see cref="WorkerProtocol"/>). It lives here, beside the hosting loop, because it needs the core's
/// internals (the spec's workload, the source hash), which only this library and the tests may see.
/// </summary>
internal static class KitWorkerProgram
{
    private const string Program = "ParallelNotebooks.Worker";

    /// <summary>Runs the worker with the command line it was given; returns its exit code.</summary>
    public static int Run(string[] args)
    {
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

        // An item that throws is not caught: the process dies, as a crashing Python worker would, and the parent
        // reports which items were lost.
        return WorkerLoop.Run(Program, args, output, item => workload.Run(item), describeFailure: null);
    }
}
