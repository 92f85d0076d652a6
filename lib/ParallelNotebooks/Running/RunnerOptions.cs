namespace ParallelNotebooks;

/// <summary>Options every runner understands.</summary>
public class RunnerOptions
{
    private TimeSpan _timeout = System.Threading.Timeout.InfiniteTimeSpan;

    /// <summary>
    /// How long a run may take before it is stopped and reported as timed out.
    /// Default: <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> (no limit).
    /// </summary>
    public TimeSpan Timeout
    {
        get => _timeout;
        init
        {
            if (value <= TimeSpan.Zero && value != System.Threading.Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(nameof(Timeout), value, "A timeout must be positive, or infinite.");
            }

            _timeout = value;
        }
    }
}
