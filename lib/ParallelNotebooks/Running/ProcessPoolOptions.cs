namespace ParallelNotebooks;

/// <summary>Options of the process pool.</summary>
public sealed class ProcessPoolOptions : ProcessOptions
{
    private readonly int _workers = Environment.ProcessorCount;
    private readonly int? _chunkSize;

    /// <summary>How many worker processes the pool starts. Default: the core count, as Python's <c>Pool()</c>.</summary>
    public int Workers
    {
        get => _workers;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, nameof(Workers));
            _workers = value;
        }
    }

    /// <summary>
    /// How many items a worker takes at a time. Default: <see langword="null"/>, which chooses as Python's
    /// <c>Pool.map</c> does: <c>ceil(items / (4 x workers))</c>.
    /// </summary>
    public int? ChunkSize
    {
        get => _chunkSize;
        init
        {
            if (value is { } size)
            {
                ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size, nameof(ChunkSize));
            }

            _chunkSize = value;
        }
    }
}
