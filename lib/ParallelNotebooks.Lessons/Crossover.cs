
namespace ParallelNotebooks.Lessons;

/// <summary>
/// The item length where one process per item stops beating the pool, for lesson 07's exercise: a race of the two at
/// one length, and a check of a length the learner found, by racing well below it and well above it.
/// </summary>
public static class Crossover
{
    /// <summary>
    /// How far below and above a claimed crossover the check races: 4 times, so that a search that doubles the length
    /// and lands one step past the crossover still passes, and noise near the crossover cannot decide.
    /// </summary>
    public const double Margin = 4;

    /// <summary>The longest crossover the check races around: 250 ms (longer ones would take minutes to race).</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Races one process per item against the default pool on <paramref name="items"/> items that each wait
    /// <paramref name="itemLength"/>, the two taking turns.
    /// </summary>
    /// <param name="itemLength">How long each item waits (not scaled: the crossover is a fact of the machine).</param>
    /// <param name="items">How many items each run has.</param>
    /// <param name="times">How many times each runner runs. Default: 3.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is less than 1, or the length is negative.</exception>
    public static async Task<Race> RaceAsync(TimeSpan itemLength, int items, int times = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(itemLength, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        var work = Workload.Article(itemLength);
        var perItem = new List<RunReport>(times);
        var pool = new List<RunReport>(times);
        for (var run = 0; run < times; run++)
        {
            // Turn about: a spell of load on a shared machine then slows both runners alike instead of one of them.
            perItem.Add(await Runners.ProcessPerItem().RunAsync(work, items).ConfigureAwait(false));
            pool.Add(await Runners.ProcessPool().RunAsync(work, items).ConfigureAwait(false));
        }

        return new Race(itemLength, Repeated.Walls(perItem), Repeated.Walls(pool));
    }

    /// <summary>
    /// Checks a crossover: the pool must win at <paramref name="found"/> / <see cref="Margin"/> and one process per item
    /// at <paramref name="found"/> x <see cref="Margin"/>. A length that is not positive, or above <see cref="Longest"/>,
    /// is not raced, and the check says why.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="items"/> or <paramref name="times"/> is less than 1.</exception>
    public static Task<CrossoverCheck> CheckAsync(TimeSpan found, int items, int times = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        return CheckAsync(found, length => RaceAsync(length, items, times));
    }

    /// <summary>The check, with the race given: tests replace the processes with a model.</summary>
    internal static async Task<CrossoverCheck> CheckAsync(TimeSpan found, Func<TimeSpan, Task<Race>> race)
    {
        if (found <= TimeSpan.Zero)
        {
            return new CrossoverCheck { Found = found, NotRun = "No length yet: set crossover to the item length you found." };
        }

        if (found > Longest)
        {
            return new CrossoverCheck
            {
                Found = found,
                NotRun = $"{found.TotalMilliseconds:0.###} ms is above {Longest.TotalMilliseconds:0} ms, past where any machine's crossover lies; racing around it would take minutes.",
            };
        }

        var below = await race(found / Margin).ConfigureAwait(false);
        var above = await race(found * Margin).ConfigureAwait(false);
        return new CrossoverCheck { Found = found, Below = below, Above = above };
    }
}
