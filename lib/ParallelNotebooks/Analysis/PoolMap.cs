namespace ParallelNotebooks;

/// <summary>
/// How Python's <c>Pool.map</c> splits items among its workers, and the wall time that follows: the derivation that
/// explains a pool's time from its worker count.
/// </summary>
public static class PoolMap
{
    /// <summary>
    /// The chunk size <c>Pool.map</c> picks when given none: <c>ceil(items / (4 x workers))</c> (CPython's
    /// <c>Pool._map_async</c>).
    /// </summary>
    public static int ChunkSize(int items, int workers)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        return (items + 4 * workers - 1) / (4 * workers);
    }

    /// <summary>How <paramref name="items"/> of <paramref name="itemTime"/> each run on a pool of <paramref name="workers"/>.</summary>
    public static PoolRound Round(int items, int workers, TimeSpan itemTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(itemTime, TimeSpan.Zero);
        var chunk = ChunkSize(items, workers);
        // Waiting items compete for no core, so the core count does not bound them.
        var predicted = IdealTime.Of(items, workers, chunk, itemTime, usesCpu: false, cores: 1);
        var chunks = (items + chunk - 1) / chunk;
        return new PoolRound(workers, chunk, chunks, (chunks + workers - 1) / workers, predicted);
    }

    /// <summary>One row per pool size from 1 to <paramref name="maxWorkers"/> workers.</summary>
    public static IReadOnlyList<PoolRound> Table(int items, TimeSpan itemTime, int maxWorkers)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWorkers);
        return [.. Enumerable.Range(1, maxWorkers).Select(workers => Round(items, workers, itemTime))];
    }

    /// <summary>
    /// The rows whose predicted time comes closest to <paramref name="measured"/>, among those whose prediction does
    /// not exceed it (overhead only ever adds time): the pool sizes a measured time points to.
    /// </summary>
    /// <returns>The matching rows; empty when every prediction exceeds the measured time.</returns>
    public static IReadOnlyList<PoolRound> Matching(IReadOnlyList<PoolRound> table, TimeSpan measured)
    {
        ArgumentNullException.ThrowIfNull(table);
        var candidates = table.Where(r => r.Predicted <= measured).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var closest = candidates.Max(r => r.Predicted);
        return [.. candidates.Where(r => r.Predicted == closest)];
    }
}
