namespace ParallelNotebooks;

/// <summary>Options of the cluster runner.</summary>
public sealed class ClusterOptions : RunnerOptions
{
    private readonly int _maxAttempts = 5;

    /// <summary>
    /// How many times an item is sent to the cluster before it counts as lost: an item whose silo dies is sent again
    /// to another one. Default: 5.
    /// </summary>
    public int MaxAttempts
    {
        get => _maxAttempts;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, nameof(MaxAttempts));
            _maxAttempts = value;
        }
    }
}
