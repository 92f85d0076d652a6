using System.Diagnostics;
using System.Globalization;

namespace ParallelNotebooks.Workloads;

/// <summary>
/// What is done to one item. A workload is a plain function of the item number, with its durations as
/// parameters, so lessons can shrink them. It can be described as text, which is how a worker process
/// learns what to run.
/// </summary>
public abstract class Workload
{
    private protected Workload()
    {
    }

    /// <summary>A short name for charts and tables, such as <c>article item (2 s wait)</c>.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The time one item takes when it has a core to itself, known in advance for workloads that wait;
    /// <see langword="null"/> for CPU-bound workloads, whose item time depends on the machine.
    /// </summary>
    public abstract TimeSpan? ItemTime { get; }

    /// <summary>Whether items compete for CPU cores (true) or only wait (false).</summary>
    public abstract bool UsesCpu { get; }

    /// <summary>
    /// This workload as text, which <see cref="Parse"/> turns back into it: how a worker process, or a silo of a
    /// cluster, is told what to run.
    /// </summary>
    public abstract string Spec { get; }

    /// <summary>Runs one item on the calling thread, blocking it while the item waits.</summary>
    /// <returns>The item's result as text.</returns>
    public abstract string Run(int item, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs one item without holding a thread while it waits, where the workload allows it.
    /// By default the blocking <see cref="Run"/> is moved to the thread pool.
    /// </summary>
    public virtual Task<string> RunAsync(int item, CancellationToken cancellationToken = default) =>
        Task.Run(() => Run(item, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Times one item alone on the calling thread.</summary>
    internal virtual TimeSpan TimeOneItem()
    {
        // The first call pays for JIT compilation; the second is the one that counts.
        Run(0);
        var start = Stopwatch.GetTimestamp();
        Run(0);
        return Stopwatch.GetElapsedTime(start);
    }

    /// <summary>
    /// The article's item: square the number, wait, and classify the square as zero, even or odd.
    /// </summary>
    /// <param name="wait">How long each item waits (the article's <c>time.sleep(2)</c>). Zero removes the wait.</param>
    public static Workload Article(TimeSpan wait)
    {
        ThrowIfNegative(wait);
        return new ArticleWorkload(wait);
    }

    /// <summary>A CPU-bound item: counts the primes below <paramref name="primesBelow"/> by trial division.</summary>
    /// <param name="primesBelow">The size of each item; every item does the same work.</param>
    public static Workload CpuBound(int primesBelow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(primesBelow, 2);
        return new CpuBoundWorkload(primesBelow);
    }

    /// <summary>An I/O-like item: it only waits, as a network or disk call would.</summary>
    /// <param name="wait">How long each item waits.</param>
    public static Workload Io(TimeSpan wait)
    {
        ThrowIfNegative(wait);
        return new IoWorkload(wait);
    }

    /// <summary>
    /// Items that wait for different lengths, as files of different sizes would: item <c>i</c> waits
    /// <c>waits[i mod waits.Count]</c>. Its <see cref="ItemTime"/> is the mean wait.
    /// </summary>
    /// <param name="waits">The waits, in item order; none negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="waits"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="waits"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A wait is negative.</exception>
    public static Workload Uneven(IReadOnlyList<TimeSpan> waits)
    {
        ArgumentNullException.ThrowIfNull(waits);
        if (waits.Count == 0)
        {
            throw new ArgumentException("Give at least one wait.", nameof(waits));
        }

        foreach (var wait in waits)
        {
            ThrowIfNegative(wait, nameof(waits));
        }

        return new UnevenWorkload([.. waits]);
    }

    /// <summary>
    /// Runs <paramref name="inner"/>, except that item <paramref name="failingItem"/> waits
    /// <paramref name="after"/> and then throws. Inside a worker process an unhandled exception ends the
    /// process, so this is also how a crashing worker is shown.
    /// </summary>
    public static Workload FailingAt(int failingItem, TimeSpan after, Workload inner)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(failingItem);
        ThrowIfNegative(after);
        ArgumentNullException.ThrowIfNull(inner);
        return new FailingWorkload(failingItem, after, inner);
    }

    /// <summary>Rebuilds a workload from its <see cref="Spec"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="spec"/> is null.</exception>
    /// <exception cref="FormatException">The text does not describe a workload.</exception>
    public static Workload Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parts = spec.Split(':', 3);
        return parts switch
        {
            ["article", var ticks] => new ArticleWorkload(ParseTicks(ticks, spec)),
            ["io", var ticks] => new IoWorkload(ParseTicks(ticks, spec)),
            ["uneven", var list] => new UnevenWorkload([.. list.Split(',').Select(t => ParseTicks(t, spec))]),
            ["cpu", var size] when int.TryParse(size, CultureInfo.InvariantCulture, out var n) && n >= 2 =>
                new CpuBoundWorkload(n),
            ["failing", var item, var rest] when int.TryParse(item, CultureInfo.InvariantCulture, out var i) && i >= 0
                && rest.Split(':', 2) is [var after, var inner] =>
                new FailingWorkload(i, ParseTicks(after, spec), Parse(inner)),
            _ => throw new FormatException($"'{spec}' does not describe a workload."),
        };
    }

    private static TimeSpan ParseTicks(string ticks, string spec) =>
        long.TryParse(ticks, CultureInfo.InvariantCulture, out var t) && t >= 0
            ? TimeSpan.FromTicks(t)
            : throw new FormatException($"'{spec}' does not describe a workload: '{ticks}' is not a duration in ticks.");

    private static void ThrowIfNegative(TimeSpan wait, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(wait))] string? name = null)
    {
        if (wait < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, wait, "A wait cannot be negative.");
        }
    }

    /// <summary>Blocks for <paramref name="wait"/>, waking early only to honour a cancellation.</summary>
    private protected static void Block(TimeSpan wait, CancellationToken cancellationToken)
    {
        if (wait > TimeSpan.Zero)
        {
            if (cancellationToken.CanBeCanceled)
            {
                cancellationToken.WaitHandle.WaitOne(wait);
            }
            else
            {
                Thread.Sleep(wait);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private protected static string Ticks(TimeSpan wait) => wait.Ticks.ToString(CultureInfo.InvariantCulture);

    private protected static string Seconds(TimeSpan wait) =>
        wait.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    [Conditional("DEBUG")]
    private protected static void AssertItem(int item) => Debug.Assert(item >= 0, "Items are numbered from zero.");
}
