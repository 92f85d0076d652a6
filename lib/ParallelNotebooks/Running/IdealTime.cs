using System.Diagnostics;

namespace ParallelNotebooks.Running;

/// <summary>The wall time a strategy would need if starting workers and handing out items cost nothing.</summary>
internal static class IdealTime
{
    /// <summary>
    /// Hands chunks of <paramref name="chunkSize"/> items to whichever of <paramref name="workers"/> is free
    /// first, as a pool does, and returns when the last one finishes. For CPU-bound items no schedule can beat
    /// the total work spread over every core, so that bound applies too.
    /// </summary>
    public static TimeSpan Of(int items, int workers, int chunkSize, TimeSpan itemTime, bool usesCpu, int cores)
    {
        Debug.Assert(items > 0 && workers > 0 && chunkSize > 0 && cores > 0, "Checked at the public entry points.");
        var busyUntil = new TimeSpan[Math.Min(workers, items)];
        for (var first = 0; first < items; first += chunkSize)
        {
            var free = Array.IndexOf(busyUntil, busyUntil.Min());
            busyUntil[free] += itemTime * Math.Min(chunkSize, items - first);
        }

        var schedule = busyUntil.Max();
        var allCores = itemTime * items / Math.Min(cores, items);
        return usesCpu && allCores > schedule ? allCores : schedule;
    }
}
