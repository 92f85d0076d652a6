using System.Diagnostics;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// The kit's worker program, for lessons that start it by hand with <see cref="Process.Start(ProcessStartInfo)"/>, as
/// plain .NET does, instead of through a runner. Started as <c>worker SPEC item N</c>, it runs item N of the workload and
/// writes one line: item, start and end timestamps, process id and result, separated by tabs.
/// </summary>
public static class KitWorker
{
    /// <summary>
    /// How to start the worker the process runners start (native where the set-up built it, else managed through the
    /// dotnet host) to run one item. No pipe is redirected: that is the caller's part.
    /// </summary>
    /// <remarks>
    /// Give it a standard input that is a pipe the caller holds open (<c>RedirectStandardInput = true</c>), as the runners
    /// do: the worker takes that pipe's closing for its parent's death and exits, so it never outlives the caller.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="workload"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is negative.</exception>
    public static ProcessStartInfo ForItem(Workload workload, int item) => WorkerStart.ForItem(workload, item);

    /// <summary>Reads the line the worker wrote for an item.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    /// <exception cref="FormatException">The line is not a worker's result line.</exception>
    public static WorkerLine Read(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return WorkerStart.TryRead(line) ?? throw new FormatException($"'{line}' is not a line the worker writes for an item.");
    }

    /// <summary>
    /// Whether <paramref name="lines"/> are the work of one child process per item, running at the same time: line
    /// <c>i</c> answers item <c>i</c> with <c>results[i]</c>, no two lines come from the same process, and at least two
    /// items were running at the same moment. A missing or unreadable line makes it false.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool RanTogether(IReadOnlyList<string?> lines, IReadOnlyList<string> results)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(results);
        var read = lines.Select(l => l is null ? null : WorkerStart.TryRead(l.Trim())).ToList();
        if (read.Count != results.Count || read.Count < 2 || read.Any(l => l is null))
        {
            return false;
        }

        var answers = read.Select(l => l!).ToList();
        return answers.Select((l, i) => l.Item == i && l.Result == results[i]).All(right => right)
            && answers.Select(l => l.ProcessId).Distinct().Count() == answers.Count
            && answers.Any(a => answers.Any(b => a != b && a.Start < b.End && b.Start < a.End));
    }
}
