using System.Diagnostics;
using System.Globalization;

namespace ParallelNotebooks.Running.Processes;

/// <summary>
/// The worker program as plain .NET starts it, without a runner: how to start it for one item, and how to read the line
/// it answers with. The process runners use the same worker and the same line; this is their door for code that starts
/// children by hand, such as the lessons', so that it needs none of the core's internals.
/// </summary>
public static class WorkerStart
{
    /// <summary>
    /// How to start the worker the process runners would start for <paramref name="workload"/> (the workload's own
    /// worker file, else the kit's native worker where the set-up built it from these sources, else the managed one
    /// through the dotnet host) to run one item. No pipe is redirected: that is the caller's part.
    /// </summary>
    /// <remarks>
    /// Give it a standard input that is a pipe the caller holds open (<c>RedirectStandardInput = true</c>), as the runners
    /// do: the worker takes that pipe's closing for its parent's death and exits, so it never outlives the caller.
    /// </remarks>
    /// <param name="workload">What the item does.</param>
    /// <param name="item">The item's number.</param>
    /// <param name="managed">Whether to start the kit's managed worker even where a native one is current. Default: false.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workload"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is negative.</exception>
    /// <exception cref="FileNotFoundException">No worker is built beside the library.</exception>
    public static ProcessStartInfo ForItem(Workload workload, int item, bool managed = false)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentOutOfRangeException.ThrowIfNegative(item);
        var command = workload.OwnWorker ?? (managed ? WorkerLocator.FindManaged() : WorkerLocator.Find(null));
        return new ProcessStartInfo(
            command.FileName,
            [.. command.LeadingArguments, workload.Spec, WorkerProtocol.ItemMode, item.ToString(CultureInfo.InvariantCulture)]);
    }

    /// <summary>Reads a line a worker wrote for an item; null for any other line.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public static WorkerLine? TryRead(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return WorkerProtocol.TryParseResult(line, out var r) ? new WorkerLine(r.Item, r.Result, r.ProcessId, r.Start, r.End) : null;
    }
}
