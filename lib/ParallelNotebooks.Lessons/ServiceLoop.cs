using System.Diagnostics;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// Runs a loop that calls a fresh <see cref="SlowService"/> and measures it, for lesson 10's exercise: the given blocking
/// loop beside the learner's awaiting one. Whatever the loop throws becomes the run's <see cref="ServiceRun.Failure"/>.
/// </summary>
public static class ServiceLoop
{
    /// <summary>Runs a blocking loop: <paramref name="loop"/> gets the service and the call count, and returns the replies.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="loop"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calls"/> is less than 1 or <paramref name="wait"/> is not positive.</exception>
    public static ServiceRun Measure(Func<SlowService, int, IReadOnlyList<string>> loop, int calls, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(loop);
        return MeasureAsync((service, count) => Task.FromResult(loop(service, count)), calls, wait).GetAwaiter().GetResult();
    }

    /// <summary>Runs an awaiting loop: <paramref name="loop"/> gets the service and the call count, and returns the replies.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="loop"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calls"/> is less than 1 or <paramref name="wait"/> is not positive.</exception>
    public static async Task<ServiceRun> MeasureAsync(Func<SlowService, int, Task<IReadOnlyList<string>>> loop, int calls, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(calls);
        var service = new SlowService(wait);
        var start = Stopwatch.GetTimestamp();
        IReadOnlyList<string?> replies = [];
        string? failure = null;
        try
        {
            replies = await loop(service, calls).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The learner's loop failing is what the run reports, not a crash of the cell.
            failure = $"{e.GetType().Name}: {e.Message}";
        }

        return new ServiceRun
        {
            Requests = calls,
            Wall = Stopwatch.GetElapsedTime(start),
            Replies = replies,
            Failure = failure,
            PeakWaits = service.PeakWaits,
            BlockingCalls = service.BlockingCalls,
        };
    }
}
