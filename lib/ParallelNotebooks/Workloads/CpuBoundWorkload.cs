namespace ParallelNotebooks;

/// <summary>Counts primes below a bound by trial division: pure CPU work, the same for every item.</summary>
internal sealed class CpuBoundWorkload(int primesBelow) : Workload
{
    // Checking the token on every number would cost more than the division; every 1024 keeps a cancel prompt.
    private const int CancelCheckInterval = 1024;

    public override string Name => $"CPU-bound item (primes below {primesBelow:N0})";

    public override TimeSpan? ItemTime => null;

    public override bool UsesCpu => true;

    public override string Spec => "cpu:" + primesBelow.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string Run(int item, CancellationToken cancellationToken = default)
    {
        AssertItem(item);
        var count = 0;
        for (var n = 2; n < primesBelow; n++)
        {
            if (n % CancelCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (IsPrime(n))
            {
                count++;
            }
        }

        return $"{count} primes";
    }

    /// <summary>Trial division up to the square root; <c>d &lt;= n / d</c> cannot overflow where <c>d * d</c> would.</summary>
    internal static bool IsPrime(int n)
    {
        for (var d = 2; d <= n / d; d++)
        {
            if (n % d == 0)
            {
                return false;
            }
        }

        return true;
    }
}
