using System.Diagnostics;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// The thread-pool trap at its worst, for lesson 09's exercise: requests served by a handler on a fixed handful of
/// threads that never grows, as the .NET pool is before it injects more. A handler that blocks holds one of those
/// threads for its whole wait; a handler that awaits gives it back, so every request can wait at once.
/// </summary>
public static class FewThreads
{
    /// <summary>
    /// Starts every request at once, each running <paramref name="handler"/> on at most <paramref name="threads"/>
    /// threads at a time, and waits for all of them. A handler that throws ends nothing: the report says so.
    /// </summary>
    /// <param name="handler">Handles one request (numbered from 0) by calling <paramref name="service"/>, and returns its reply.</param>
    /// <param name="requests">How many requests to serve.</param>
    /// <param name="service">The service the handler calls: it counts the waits.</param>
    /// <param name="threads">How many threads the handlers share. Default: one per core, as the pool starts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> or <paramref name="service"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requests"/> or <paramref name="threads"/> is less than 1.</exception>
    public static async Task<ServiceRun> ServeAsync(Func<int, Task<string>> handler, int requests, SlowService service, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requests);
        ArgumentNullException.ThrowIfNull(service);
        var shared = threads ?? Environment.ProcessorCount;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shared, nameof(threads));

        // The concurrent half of the pair runs at most `shared` tasks at a time, and an await inside a handler resumes
        // on it too, so the handlers never run on more threads than they were given.
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, shared).ConcurrentScheduler;
        var start = Stopwatch.GetTimestamp();
        var served = Enumerable.Range(0, requests)
            .Select(r => Task.Factory.StartNew(() => handler(r), CancellationToken.None, TaskCreationOptions.None, scheduler).Unwrap())
            .ToList();
        string? failure = null;
        try
        {
            await Task.WhenAll(served).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Whatever the learner's handler throws is the run's outcome, not the cell's crash.
            failure = $"{e.GetType().Name}: {e.Message}";
        }

        var wall = Stopwatch.GetElapsedTime(start);
        ThreadPool.GetMinThreads(out var minWorkers, out _);
        return new ServiceRun
        {
            Requests = requests,
            Threads = shared,
            Wall = wall,
            Replies = [.. served.Select(t => t.IsCompletedSuccessfully ? t.Result : null)],
            Failure = failure,
            PeakWaits = service.PeakWaits,
            BlockingCalls = service.BlockingCalls,
            MinThreadsRaised = minWorkers > Environment.ProcessorCount,
        };
    }
}
