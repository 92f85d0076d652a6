using System.Diagnostics;

namespace ParallelNotebooks;

/// <summary>The wall time a strategy would need if starting workers and handing out items cost nothing.</summary>
internal static class IdealTime
{
    /// <summary>
    /// Hands chunks of <paramref name="chunkSize"/> items to whichever of <paramref name="workers"/> is free
    /// first, as a pool does, and returns when the last one finishes. For CPU-bound items no schedule can beat
    /// the total work spread over every core, so that bound applies too.
    /// </summary>
    /// <remarks>
    /// Every chunk but the last is full, so handing each to the first free worker deals them round: chunk k goes
    /// to worker k mod workers. Worker 0 then gets the most chunks, and the last chunk too whenever it gets as
    /// many as any worker, so the schedule ends when worker 0's last chunk ends. Computed in constant time, as
    /// a run of a million items on a million workers must not pay for its ideal.
    /// </remarks>
    public static TimeSpan Of(int items, int workers, int chunkSize, TimeSpan itemTime, bool usesCpu, int cores)
    {
        Debug.Assert(items > 0 && workers > 0 && chunkSize > 0 && cores > 0, "Checked at the public entry points.");
        var chunks = (items + (long)chunkSize - 1) / chunkSize;
        var rounds = (chunks + workers - 1) / workers;
        var first = (rounds - 1) * workers * chunkSize;
        var itemsOnWorkerZero = (rounds - 1) * chunkSize + Math.Min(chunkSize, items - first);

        var schedule = itemTime * itemsOnWorkerZero;
        var allCores = itemTime * items / Math.Min(cores, items);
        return usesCpu && allCores > schedule ? allCores : schedule;
    }
}
