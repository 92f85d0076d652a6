
namespace ParallelNotebooks.Lessons;

/// <summary>
/// Makes an <see cref="ItemWatch{T}"/>: an item function that notes how a learner's loop called it, so that an exercise
/// is checked by what the loop did (did items run at the same time, did each run once) instead of by a number typed in.
/// </summary>
public static class ItemWatch
{
    /// <summary>Watches the items of a workload: <see cref="ItemWatch{T}.Run"/> blocks, <see cref="ItemWatch{T}.RunAsync"/> awaits.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="workload"/> is null.</exception>
    public static ItemWatch<string> Of(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return new ItemWatch<string>(i => workload.Run(i), i => workload.RunAsync(i));
    }

    /// <summary>Watches an item function of the learner's own; its async form runs it on the thread pool.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public static ItemWatch<T> Of<T>(Func<int, T> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemWatch<T>(item, i => Task.Run(() => item(i)));
    }
}
