namespace ParallelNotebooks.Notebooks;

/// <summary>Options of <see cref="NotebookRunner"/>.</summary>
public sealed class NotebookRunOptions
{
    private readonly TimeSpan _cellTimeout = TimeSpan.FromMinutes(10);
    private readonly TimeSpan _kernelStartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The longest one cell may run; past it the kernel's whole process tree is killed and the cell fails.
    /// Default: 10 minutes.
    /// </summary>
    public TimeSpan CellTimeout
    {
        get => _cellTimeout;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero, nameof(CellTimeout));
            _cellTimeout = value;
        }
    }

    /// <summary>The longest the kernel may take to start (a cold package cache is slow). Default: 3 minutes.</summary>
    public TimeSpan KernelStartTimeout
    {
        get => _kernelStartTimeout;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero, nameof(KernelStartTimeout));
            _kernelStartTimeout = value;
        }
    }
}
