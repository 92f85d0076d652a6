using System.Globalization;
using static System.FormattableString;

namespace ParallelNotebooks;

/// <summary>The limits the system puts on how many threads one process can have, read where the system tells them.</summary>
internal static class ThreadLimits
{
    /// <summary>Each limit that applies here, as (threads it allows, why), smallest first; empty where none is known.</summary>
    public static IReadOnlyList<(long Threads, string Why)> Read()
    {
        var limits = new List<(long, string)>();
        if (!OperatingSystem.IsLinux())
        {
            return limits;
        }

        // A thread's stack is a memory mapping with a guard mapping beside it, so each thread takes about two.
        if (ReadNumber("/proc/sys/vm/max_map_count") is { } maps)
        {
            limits.Add((maps / 2, Invariant($"the system allows {maps:N0} memory mappings per process (vm.max_map_count), and each thread's stack takes about two")));
        }

        if (ReadNumber("/proc/sys/kernel/threads-max") is { } threadsMax)
        {
            limits.Add((threadsMax, Invariant($"the system allows {threadsMax:N0} threads in all (kernel.threads-max)")));
        }

        if (ReadNumber("/sys/fs/cgroup/pids.max") is { } pids)
        {
            limits.Add((pids, Invariant($"this container allows {pids:N0} threads and processes (pids.max)")));
        }

        if (MaxProcesses() is { } processes)
        {
            limits.Add((processes, Invariant($"this user may run {processes:N0} threads and processes (ulimit -u)")));
        }

        return [.. limits.OrderBy(l => l.Item1)];
    }

    private static long? ReadNumber(string path)
    {
        try
        {
            return long.TryParse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture, out var n) ? n : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The soft limit on processes, which on Linux counts threads too: the "Max processes" line of /proc/self/limits.</summary>
    private static long? MaxProcesses()
    {
        try
        {
            var line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max processes", StringComparison.Ordinal));
            var soft = line?["Max processes".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            return long.TryParse(soft, CultureInfo.InvariantCulture, out var n) ? n : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
