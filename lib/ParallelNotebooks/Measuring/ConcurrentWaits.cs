using System.Diagnostics;
using static System.FormattableString;

namespace ParallelNotebooks;

/// <summary>
/// Holds many waits at once, as a server holds idle connections: first on tasks, which hold no thread while they
/// wait, then on a thread per item, and measures what each count costs in time and memory. Threads stop at a count
/// this machine can hold safely, so a learner's laptop never runs out of memory or threads, and the report says why.
/// </summary>
public static class ConcurrentWaits
{
    /// <summary>The most threads <see cref="Measure"/> starts unless told otherwise: 10 000.</summary>
    public const int DefaultMaxThreads = 10_000;

    /// <summary>The longest one count of threads may take unless told otherwise: 10 seconds.</summary>
    public static readonly TimeSpan DefaultThreadTimeBudget = TimeSpan.FromSeconds(10);

    private const string TasksName = "tasks";
    private const string ThreadsName = "thread per item";

    /// <summary>
    /// Holds <paramref name="count"/> / 100, <paramref name="count"/> / 10 and <paramref name="count"/> waits at once,
    /// on tasks and then on threads. Each wait blocks on one shared gate; once every wait of a count is held, the
    /// memory is read and the gate opens.
    /// </summary>
    /// <param name="count">The largest count. Default: 100 000.</param>
    /// <param name="maxThreads">
    /// The most threads to start, whatever the system would allow: starting each takes a system call and a stack.
    /// Default: <see cref="DefaultMaxThreads"/>.
    /// </param>
    /// <param name="threadTimeBudget">
    /// The longest one count of threads may take, predicted from the time per thread of the count before: a loaded
    /// machine stops sooner. Default: <see cref="DefaultThreadTimeBudget"/>.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="count"/> or <paramref name="maxThreads"/> is less than 1, or <paramref name="threadTimeBudget"/> is not positive.
    /// </exception>
    public static ConcurrentWaitsReport Measure(int count = 100_000, int maxThreads = DefaultMaxThreads, TimeSpan? threadTimeBudget = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxThreads);
        var budget = threadTimeBudget ?? DefaultThreadTimeBudget;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(budget, TimeSpan.Zero, nameof(threadTimeBudget));
        int[] counts = [.. new[] { count / 100, count / 10, count }.Where(n => n > 0).Distinct()];
        var tasks = counts.Select(HoldOnTasks).ToList();

        var systemLimits = ThreadLimits.Read();
        var threads = new List<WaitCost>();
        var limit = Limit(count, maxThreads, budget, systemLimits, lastThreads: null);
        foreach (var n in counts)
        {
            var held = HoldOnThreads(Math.Min(n, limit.Threads), out var refused);
            threads.Add(held);
            if (refused is not null)
            {
                limit = (held.Count, Invariant($"the system refused thread {held.Count + 1:N0}: {refused}"));
                break;
            }

            limit = Limit(count, maxThreads, budget, systemLimits, held);
            if (n >= limit.Threads)
            {
                break;
            }
        }

        return new ConcurrentWaitsReport
        {
            Tasks = tasks,
            Threads = threads,
            SafeThreadCount = limit.Threads,
            ThreadLimit = limit.Threads >= count
                ? Invariant($"Threads ran at every count up to {count:N0}, within every limit of this machine.")
                : Invariant($"Threads stop at {limit.Threads:N0}: {limit.Why}."),
        };
    }

    /// <summary>The smallest of the limits: the count asked for, the ceiling, half of each system limit, memory and time.</summary>
    internal static (int Threads, string Why) Limit(int count, int maxThreads, TimeSpan budget, IReadOnlyList<(long Threads, string Why)> systemLimits, WaitCost? lastThreads)
    {
        var candidates = new List<(long Threads, string Why)>
        {
            (count, ""),
            (maxThreads, Invariant($"the ceiling this experiment sets (maxThreads = {maxThreads:N0}), since every thread takes a system call and a stack to start")),
        };
        candidates.AddRange(systemLimits.Select(l => (l.Threads / 2, Invariant($"half the {l.Threads:N0} threads this machine allows, as {l.Why}"))));
        if (lastThreads is { MemoryBytes: > 0 })
        {
            // A quarter of the memory still free leaves the learner's other programs (and the kernel) room to run.
            var memory = GC.GetGCMemoryInfo();
            var free = memory.TotalAvailableMemoryBytes - memory.MemoryLoadBytes;
            var perThread = lastThreads.BytesPerWait;
            candidates.Add(((long)(free / 4 / perThread), Invariant($"at {perThread / 1024:N0} KB a thread (measured at {lastThreads.Count:N0}), more would take over a quarter of the {free / (1024.0 * 1024 * 1024):0.0} GB of memory free")));
        }

        if (lastThreads is { Count: > 0 })
        {
            var perThread = lastThreads.Wall / lastThreads.Count;
            candidates.Add(((long)(budget / perThread), Invariant($"at {perThread.TotalMilliseconds:0.00} ms a thread (measured at {lastThreads.Count:N0}), more would take over {budget.TotalSeconds:0} s")));
        }

        var smallest = candidates.MinBy(c => c.Threads);
        return ((int)Math.Max(1, smallest.Threads), smallest.Why);
    }

    private static WaitCost HoldOnTasks(int count)
    {
        var before = SettledMemory();
        var start = Stopwatch.GetTimestamp();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waits = new Task[count];
        for (var i = 0; i < count; i++)
        {
            waits[i] = WaitAsync(gate.Task);
        }

        // Every task now waits on the gate, holding its state and no thread.
        var memory = before.GrowthNow();
        gate.SetResult();
        Task.WaitAll(waits);
        return new WaitCost(TasksName, count, Stopwatch.GetElapsedTime(start), memory);
    }

    private static async Task WaitAsync(Task gate) => await gate.ConfigureAwait(false);

    private static WaitCost HoldOnThreads(int count, out string? refused)
    {
        refused = null;
        var before = SettledMemory();
        var start = Stopwatch.GetTimestamp();
        // A plain event, not ManualResetEventSlim: thousands of threads waiting on one slim event's monitor made starting
        // them about seven times slower here, which would measure the monitor rather than the threads.
        using var gate = new ManualResetEvent(initialState: false);
        using var waiting = new CountdownEvent(count);
        var threads = new List<Thread>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var thread = new Thread(() =>
                {
                    waiting.Signal();
                    gate.WaitOne();
                })
                { IsBackground = true };
                thread.Start();
                threads.Add(thread);
            }
        }
        catch (Exception e) when (e is OutOfMemoryException or ThreadStartException)
        {
            refused = e.Message;
            waiting.Signal(count - threads.Count);
        }

        waiting.Wait();
        var memory = before.GrowthNow();
        gate.Set();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        return new WaitCost(ThreadsName, threads.Count, Stopwatch.GetElapsedTime(start), memory);
    }

    /// <summary>The memory once the garbage of earlier counts is gone, so each count is measured from a clean start.</summary>
    private static Memory SettledMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return new Memory(GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet);
    }

    /// <summary>
    /// Two rulers, as waits take memory in two places: tasks on the managed heap (where the process may already hold
    /// the memory, so its resident size need not grow at all), threads in their stacks outside it. Growth is the larger.
    /// </summary>
    private readonly record struct Memory(long ManagedHeap, long Resident)
    {
        public long GrowthNow() => Math.Max(GC.GetTotalMemory(forceFullCollection: false) - ManagedHeap, Environment.WorkingSet - Resident);
    }
}
