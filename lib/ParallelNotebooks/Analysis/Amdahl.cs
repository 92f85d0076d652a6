namespace ParallelNotebooks;

/// <summary>
/// Amdahl's law: when a fraction <c>p</c> of a job can run in parallel on <c>n</c> cores and the rest cannot,
/// the job runs at most <c>1 / ((1 - p) + p / n)</c> times faster.
/// </summary>
public static class Amdahl
{
    /// <summary>The most speedup <paramref name="cores"/> can give when <paramref name="parallelFraction"/> of the work parallelises.</summary>
    public static double Speedup(double parallelFraction, int cores)
    {
        ThrowIfNotFraction(parallelFraction);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cores);
        return 1 / ((1 - parallelFraction) + parallelFraction / cores);
    }

    /// <summary>The speedup with unlimited cores: <c>1 / (1 - p)</c>; infinite when everything parallelises.</summary>
    public static double Limit(double parallelFraction)
    {
        ThrowIfNotFraction(parallelFraction);
        return 1 / (1 - parallelFraction);
    }

    /// <summary>
    /// The parallel fraction a measured <paramref name="speedup"/> on <paramref name="cores"/> implies at the least:
    /// Amdahl's law solved for <c>p</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The speedup is below 1, or above the core count (Amdahl's law allows neither).</exception>
    public static double ParallelFraction(double speedup, int cores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(speedup, 1.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(speedup, (double)cores);
        return (1 - 1 / speedup) / (1 - 1.0 / cores);
    }

    private static void ThrowIfNotFraction(double parallelFraction, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(parallelFraction))] string? name = null)
    {
        if (parallelFraction is < 0 or > 1 || double.IsNaN(parallelFraction))
        {
            throw new ArgumentOutOfRangeException(name, parallelFraction, "A fraction lies between 0 and 1.");
        }
    }
}
