
namespace ParallelNotebooks.Lessons;

/// <summary>
/// Lesson 06's exercise: a mix of items on which <c>Pool.map</c>'s chunk size does badly, and a race of the learner's pool
/// against the default one on it. The mix is a folder sorted largest first: one big item per worker, then four small
/// ones per worker, a twentieth of a big one each. The default chunks put the big items two by two on the same worker.
/// </summary>
public static class PoolChoice
{
    /// <summary>How much less busy the learner's busiest worker must be than the default pool's: 1.2 times.</summary>
    public const double Margin = 1.2;

    /// <summary>The most workers a pool may have on this machine: one per core, as memory allows, but two at least.</summary>
    public static int MaxWorkers => Math.Max(2, Environment.ProcessorCount);

    /// <summary>How many items the mix has: five per worker of the largest pool allowed, so <c>Pool.map</c> makes chunks of 2.</summary>
    public static int Items => 5 * MaxWorkers;

    /// <summary>The mix: <see cref="MaxWorkers"/> big items of <paramref name="bigWait"/> first, then the small ones.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bigWait"/> is not positive.</exception>
    public static Workload BigFirst(TimeSpan bigWait)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(bigWait, TimeSpan.Zero);
        return Workload.Uneven([.. Enumerable.Range(0, Items).Select(i => WaitOf(i, bigWait))]);
    }

    /// <summary>How long item <paramref name="item"/> of the mix waits.</summary>
    internal static TimeSpan WaitOf(int item, TimeSpan bigWait) => item < MaxWorkers ? bigWait : bigWait / 20;

    /// <summary>
    /// Runs the mix on the default pool (<see cref="MaxWorkers"/> workers, <c>Pool.map</c>'s chunks) and on a pool with
    /// <paramref name="yours"/>, and compares how long each one's busiest worker was busy.
    /// </summary>
    /// <param name="yours">The learner's pool.</param>
    /// <param name="bigWait">The wait of a big item, as given to <see cref="BigFirst"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="yours"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bigWait"/> is not positive.</exception>
    public static async Task<PoolRace> RaceAsync(ProcessPoolOptions yours, TimeSpan bigWait)
    {
        ArgumentNullException.ThrowIfNull(yours);
        var mix = BigFirst(bigWait);
        var standard = await Runners.ProcessPool(new ProcessPoolOptions { Workers = MaxWorkers }).RunAsync(mix, Items).ConfigureAwait(false);
        var mine = await Runners.ProcessPool(yours).RunAsync(mix, Items).ConfigureAwait(false);
        return new PoolRace(standard, mine, MaxWorkers, bigWait);
    }

    /// <summary>
    /// The most work any one worker of a run of the mix was given: the sum of its items' own waits. It is read from which
    /// worker ran which item, not from the measured times, so a busy machine cannot tip the race. Zero for a run that
    /// finished no item.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is null.</exception>
    public static TimeSpan Busiest(RunReport run, TimeSpan bigWait)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Completed.Count == 0
            ? TimeSpan.Zero
            : run.Completed.GroupBy(r => r.Worker).Max(worker => worker.Aggregate(TimeSpan.Zero, (busy, r) => busy + WaitOf(r.Item, bigWait)));
    }
}
