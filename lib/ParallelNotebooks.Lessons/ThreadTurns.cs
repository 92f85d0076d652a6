using System.Diagnostics;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// The GIL as a picture: CPU-bound items on one thread each, with every stretch of time a thread really ran
/// recorded, in C# and in CPython. Each stretch becomes one bar of a timeline, one row per thread: C#'s threads run
/// side by side, CPython's take turns.
/// </summary>
public static class ThreadTurns
{
    /// <summary>A pause longer than this between two checks means the thread did not run meanwhile.</summary>
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(0.5);

    /// <summary>Runs <paramref name="threads"/> C# threads, each counting the primes below <paramref name="primesBelow"/>.</summary>
    /// <returns>A report whose records are the stretches each thread ran (record item = thread number).</returns>
    public static RunReport CSharp(int threads, int primesBelow)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        ArgumentOutOfRangeException.ThrowIfLessThan(primesBelow, 2);
        var stretches = new List<(int Thread, double Start, double End)>();
        var started = DateTimeOffset.Now;
        var start = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, threads).Select(index => new Thread(() =>
        {
            var mine = Count(primesBelow, index, start);
            lock (stretches)
            {
                stretches.AddRange(mine);
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        return Report("C# threads", threads, primesBelow, started, Stopwatch.GetElapsedTime(start), stretches);
    }

    /// <summary>The same on CPython threads, through the kit's Python script; <see langword="null"/> without python3.</summary>
    public static RunReport? Python(int threads, int primesBelow)
    {
        if (!Lessons.Python.IsAvailable)
        {
            return null;
        }

        var started = DateTimeOffset.Now;
        var run = Lessons.Python.Run("turns", items: threads, size: primesBelow);
        return Report("Python threads", threads, primesBelow, started, TimeSpan.FromSeconds(run["seconds"]), run.Segments);
    }

    /// <summary>How many threads ran at once, on average: the time covered by stretches over the wall time.</summary>
    public static double AverageRunning(RunReport turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        return turns.Completed.Sum(r => r.Duration.TotalSeconds) / turns.Wall.TotalSeconds;
    }

    private static List<(int, double, double)> Count(int primesBelow, int thread, long origin)
    {
        var mine = new List<(int, double, double)>();
        double Now() => Stopwatch.GetElapsedTime(origin).TotalSeconds;
        var first = Now();
        var last = first;
        for (var n = 2; n < primesBelow; n++)
        {
            if (n % 64 == 0)
            {
                var now = Now();
                if (now - last > Gap.TotalSeconds)
                {
                    mine.Add((thread, first, last));
                    first = now;
                }

                last = now;
            }

            IsPrime(n);
        }

        mine.Add((thread, first, Now()));
        return mine;
    }

    // The result is not needed; NoInlining keeps the JIT from dropping the work.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool IsPrime(int n)
    {
        for (var d = 2; d * d <= n; d++)
        {
            if (n % d == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static RunReport Report(string strategy, int threads, int primesBelow, DateTimeOffset started, TimeSpan wall, IEnumerable<(int Thread, double Start, double End)> stretches) => new()
    {
        Strategy = strategy,
        Workload = $"CPU-bound item (primes below {primesBelow:N0}), each stretch a thread ran",
        ItemCount = threads,
        Workers = threads,
        ProcessorCount = Environment.ProcessorCount,
        StartedAt = started,
        Wall = wall,
        ItemTime = TimeSpan.Zero,
        Ideal = TimeSpan.Zero,
        Completed = [.. stretches.OrderBy(s => s.Start).Select(s => new ItemRecord(s.Thread, "ran", TimeSpan.FromSeconds(s.Start), TimeSpan.FromSeconds(s.End), $"thread {s.Thread}"))],
        Unfinished = [],
        Outcome = RunOutcome.Completed,
    };
}
