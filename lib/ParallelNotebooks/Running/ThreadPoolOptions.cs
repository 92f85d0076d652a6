namespace ParallelNotebooks;

/// <summary>Options of the thread-pool runner.</summary>
public sealed class ThreadPoolOptions : RunnerOptions
{
    private readonly int _maxDegreeOfParallelism = -1;

    /// <summary>
    /// Whether to raise the pool's minimum thread count to the item count for the run (and restore it after),
    /// so that items which block get a thread each at once instead of waiting for the pool to grow. The minimum is the
    /// whole process's: runs that overlap each hold their raise, and the original minimum returns when the last ends.
    /// Default: <see langword="false"/>, the pool's real behaviour.
    /// </summary>
    public bool RaiseMinThreads { get; init; }

    /// <summary>
    /// The most items <c>Parallel.For</c> runs at once; -1 lets the pool decide. Default: -1.
    /// </summary>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            if (value is 0 or < -1)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "Use a positive number, or -1 for no limit.");
            }

            _maxDegreeOfParallelism = value;
        }
    }
}
