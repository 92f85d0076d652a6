using System.Diagnostics;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// A job with a serial part and a parallel part, for lesson 08's exercise: first one stretch that nothing can share,
/// then <see cref="Items"/> items that up to a given number of workers run at once. Both parts wait instead of computing,
/// so a 2-core machine can show what 16 workers would do; Amdahl's law describes it exactly when the worker count
/// divides the item count.
/// </summary>
public sealed class AmdahlJob
{
    /// <summary>Creates a job.</summary>
    /// <param name="serial">How long the serial part takes, whatever the workers.</param>
    /// <param name="items">How many items the parallel part has.</param>
    /// <param name="itemWait">How long one item takes.</param>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative, or <paramref name="items"/> is less than 1.</exception>
    public AmdahlJob(TimeSpan serial, int items, TimeSpan itemWait)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(serial, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(itemWait, TimeSpan.Zero);
        Serial = serial;
        Items = items;
        ItemWait = itemWait;
    }

    /// <summary>
    /// A job of 16 items whose serial share is drawn at random between 15 % and 35 %, so that a learner finds it by
    /// measuring rather than by reading it off the code.
    /// </summary>
    /// <param name="oneWorker">How long the whole job takes on one worker.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="oneWorker"/> is not positive.</exception>
    public static AmdahlJob WithHiddenParts(TimeSpan oneWorker)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(oneWorker, TimeSpan.Zero);
        const int Items = 16;
        var serialShare = 0.15 + (0.2 * Random.Shared.NextDouble());
        return new AmdahlJob(oneWorker * serialShare, Items, oneWorker * (1 - serialShare) / Items);
    }

    /// <summary>How long the serial part takes.</summary>
    public TimeSpan Serial { get; }

    /// <summary>How many items the parallel part has.</summary>
    public int Items { get; }

    /// <summary>How long one item takes.</summary>
    public TimeSpan ItemWait { get; }

    /// <summary>
    /// Runs the job twice on <paramref name="workers"/> workers and returns the shorter time: a pause of a busy machine
    /// only ever adds time, so the shorter run is the better measure of the job.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workers"/> is less than 1.</exception>
    public async Task<TimeSpan> RunAsync(int workers, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        var first = await RunOnceAsync(workers, cancellationToken).ConfigureAwait(false);
        var second = await RunOnceAsync(workers, cancellationToken).ConfigureAwait(false);
        return first < second ? first : second;
    }

    /// <summary>
    /// Runs the job on each worker count in turn and sets <paramref name="predict"/>'s time beside the measured one.
    /// A prediction that throws counts as zero, so it is never close.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="predict"/> or <paramref name="workerCounts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A worker count is less than 1.</exception>
    public async Task<IReadOnlyList<JobPrediction>> CheckAsync(Func<int, TimeSpan> predict, IReadOnlyList<int> workerCounts)
    {
        ArgumentNullException.ThrowIfNull(predict);
        ArgumentNullException.ThrowIfNull(workerCounts);
        foreach (var workers in workerCounts)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers, nameof(workerCounts));
        }

        var checks = new List<JobPrediction>();
        foreach (var workers in workerCounts)
        {
            var predicted = Predicted(predict, workers);
            checks.Add(new JobPrediction(workers, predicted, await RunAsync(workers).ConfigureAwait(false)));
        }

        return checks;
    }

    private async Task<TimeSpan> RunOnceAsync(int workers, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await Task.Delay(Serial, cancellationToken).ConfigureAwait(false);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, Items), parallel, async (_, token) => await Task.Delay(ItemWait, token).ConfigureAwait(false))
            .ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(start);
    }

    private static TimeSpan Predicted(Func<int, TimeSpan> predict, int workers)
    {
        try
        {
            return predict(workers);
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException)
        {
            // A NaN or an overflow in the learner's formula: a wrong prediction, not a broken cell.
            return TimeSpan.Zero;
        }
    }
}
