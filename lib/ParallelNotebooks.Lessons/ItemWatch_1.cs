using System.Collections.Concurrent;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// An item function that notes how it was called: how many calls were running at the same moment, and how many times
/// each item ran. Made by <see cref="ItemWatch.Of(Workload)"/>; an exercise hands it to the
/// learner's loop and checks the loop by what it did.
/// </summary>
/// <remarks>
/// Overlap is counted in wall time, from a call's start to its end: a loaded machine can stretch the calls, but cannot
/// make calls of a one-at-a-time loop overlap, nor hide the overlap of a loop whose calls really were in flight together.
/// Make a new watch for each try: the counts add up over its life.
/// </remarks>
/// <typeparam name="T">What an item returns.</typeparam>
public sealed class ItemWatch<T>
{
    private readonly Func<int, T> _run;
    private readonly Func<int, Task<T>> _runAsync;
    private readonly ConcurrentDictionary<int, int> _runs = new();
    private readonly InFlight _running = new();

    internal ItemWatch(Func<int, T> run, Func<int, Task<T>> runAsync)
    {
        _run = run;
        _runAsync = runAsync;
    }

    /// <summary>Runs one item on the calling thread and notes the call.</summary>
    public T Run(int item)
    {
        Enter(item);
        try
        {
            return _run(item);
        }
        finally
        {
            _running.Leave();
        }
    }

    /// <summary>Runs one item without holding the calling thread while it waits, and notes the call until it ends.</summary>
    public async Task<T> RunAsync(int item)
    {
        Enter(item);
        try
        {
            return await _runAsync(item).ConfigureAwait(false);
        }
        finally
        {
            _running.Leave();
        }
    }

    /// <summary>The most calls that were running at the same moment: 1 for a loop that runs one item after another.</summary>
    public int MostAtOnce => _running.Most;

    /// <summary>How many calls were made, over every item.</summary>
    public int Calls => _runs.Values.Sum();

    /// <summary>Whether items 0 to <paramref name="count"/> - 1, and no others, each ran exactly once.</summary>
    public bool RanEachOnce(int count) =>
        _runs.Count == count && Enumerable.Range(0, count).All(i => _runs.TryGetValue(i, out var runs) && runs == 1);

    private void Enter(int item)
    {
        _runs.AddOrUpdate(item, 1, (_, runs) => runs + 1);
        _running.Enter();
    }
}
