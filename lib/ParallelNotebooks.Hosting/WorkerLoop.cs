using System.Diagnostics;
using System.Globalization;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Hosting;

/// <summary>
/// The two modes of the worker protocol (see <see cref="WorkerProtocol"/>), for any function of the item number: the kit's
/// worker runs its workloads through it, and a learner's worker file through <see cref="WorkerHost"/>.
/// </summary>
internal static class WorkerLoop
{
    /// <summary>The exit code of a worker whose item threw, when the worker reports it instead of crashing.</summary>
    public const int ItemFailed = 1;

    /// <summary>The exit code of a worker started with arguments it does not understand.</summary>
    public const int BadArguments = 2;

    /// <summary>
    /// Runs <c>SPEC item N</c> or <c>SPEC serve</c>, as <paramref name="args"/> says, and returns the exit code.
    /// </summary>
    /// <param name="program">The worker's name, for its messages on standard error.</param>
    /// <param name="args">The worker's arguments, the spec first.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="run">Runs one item and returns its result.</param>
    /// <param name="describeFailure">
    /// Says which item threw what. Given, an item that throws ends the worker with <see cref="ItemFailed"/>, after the
    /// results it holds are sent and the description is written to standard error, so the parent's report names the item.
    /// Null, the exception is not caught and the process dies, as a crashing Python worker would.
    /// </param>
    public static int Run(string program, IReadOnlyList<string> args, ResultWriter output, Func<int, string> run, Func<int, Exception, string>? describeFailure)
    {
        var processId = Environment.ProcessId;
        try
        {
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
                    return Usage(program, $"unknown mode '{(args.Count > 1 ? args[1] : "")}' or missing item number; expected SPEC item N | SPEC serve");
            }
        }
        catch (ItemFailure failure)
        {
            output.Flush();
            return Usage(program, failure.Message, ItemFailed);
        }

        void RunItem(int item)
        {
            var start = Stopwatch.GetTimestamp();
            string result;
            try
            {
                result = run(item);
            }
            catch (Exception e) when (describeFailure is not null)
            {
                throw new ItemFailure(describeFailure(item, e));
            }

            output.Add(WorkerProtocol.FormatResult(item, start, Stopwatch.GetTimestamp(), processId, result));
        }
    }

    /// <summary>Writes <c>PROGRAM: PROBLEM</c> to standard error and returns <paramref name="exitCode"/>.</summary>
    public static int Usage(string program, string problem, int exitCode = BadArguments)
    {
        using var error = new ResultWriter(ResultWriter.StandardError);
        error.Add($"{program}: {problem}");
        error.Flush();
        return exitCode;
    }

    /// <summary>An item that threw, described; it carries the description out of the serving loop.</summary>
    private sealed class ItemFailure(string message) : Exception(message);
}
