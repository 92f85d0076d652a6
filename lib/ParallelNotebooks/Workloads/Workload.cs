using System.Diagnostics;
using System.Globalization;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks;

/// <summary>
/// What is done to one item. A workload is a plain function of the item number (or of the item's input, a line or a file
/// path), with its durations as parameters, so lessons can shrink them. The kit's own workloads can be described as text,
/// which is how a worker process learns what to run; a learner's function is made into one with <see cref="Create(string, Func{int, string}, bool, TimeSpan?)"/>
/// (in this process) or <see cref="WorkerFile"/> (in worker processes).
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

    /// <summary>
    /// The inputs the items stand for, item <c>i</c> being input <c>i</c>, such as file paths or lines of text; each finished
    /// item's record names its input (<see cref="ItemRecord.Input"/>). <see langword="null"/> for workloads of item
    /// numbers, the kit's own among them.
    /// </summary>
    public virtual IReadOnlyList<string>? Inputs => null;

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

    /// <summary>
    /// Why a runner that runs items at <paramref name="place"/> cannot run this workload, or <see langword="null"/> when it
    /// can. The kit's own workloads run anywhere: every place can rebuild them from their <see cref="Spec"/>.
    /// </summary>
    internal virtual string? CannotRunIn(ItemPlace place, string strategy) => null;

    /// <summary>The worker the process runners start for this workload instead of theirs: a learner's worker file, or none.</summary>
    internal virtual WorkerCommand? OwnWorker => null;

    /// <summary>What timings of this workload are shared by: its text, or <see langword="null"/> where it has none to trust.</summary>
    internal virtual string? TimingKey => Spec;

    /// <summary>
    /// Times one item alone, on a thread-pool thread unless the workload times itself elsewhere (in a worker). The token
    /// stops the wait, not a function of this process that never returns: that one keeps its thread.
    /// </summary>
    internal virtual Task<TimeSpan> TimeOneItemAsync(CancellationToken cancellationToken) => Task.Run(TimeOneItem, CancellationToken.None).WaitAsync(cancellationToken);

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
    /// <exception cref="ArgumentException"><paramref name="inner"/> is your own code (<see cref="Create(string, Func{int, string}, bool, TimeSpan?)"/>
    /// or a <see cref="WorkerFile"/>), not one of the kit's workloads.</exception>
    public static Workload FailingAt(int failingItem, TimeSpan after, Workload inner)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(failingItem);
        ThrowIfNegative(after);
        ArgumentNullException.ThrowIfNull(inner);
        // Its failing item is run by the kit's worker and silos too, which rebuild only the kit's own workloads from text.
        if (inner.TimingKey is null)
        {
            throw new ArgumentException($"'{inner.Name}' is your own code; FailingAt wraps the kit's own workloads only. Make your function throw instead.", nameof(inner));
        }

        return new FailingWorkload(failingItem, after, inner);
    }

    /// <summary>
    /// Makes a workload of your own function of the item number, for the in-process runners (serial, thread per item,
    /// thread pool, tasks). For the process runners, write the same function in a worker file (<see cref="WorkerFile"/>).
    /// </summary>
    /// <param name="name">A short name for charts and tables.</param>
    /// <param name="run">What is done to item <c>i</c>; what it returns is the item's result.</param>
    /// <param name="usesCpu">Whether items compete for cores (computing) or only wait (disk, network).</param>
    /// <param name="itemTime">
    /// How long one item takes alone, which the ideal is built from. Default: <see langword="null"/>, which times it as for
    /// the kit's CPU-bound workload: item 0 is run twice before the run (once to warm up), and the second run is kept.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="itemTime"/> is not positive.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="run"/> is null.</exception>
    public static Workload Create(string name, Func<int, string> run, bool usesCpu, TimeSpan? itemTime = null)
    {
        CheckCreate(name, run, itemTime);
        return DelegateWorkload.Blocking(name, inputs: null, usesCpu, itemTime, (item, _) => run(item));
    }

    /// <summary>
    /// Makes a workload of your own function of each input, such as a file path or a line of text: item <c>i</c> is
    /// <paramref name="inputs"/>[i], and each finished item's record names its input. For the in-process runners; see
    /// <see cref="Create(string, Func{int, string}, bool, TimeSpan?)"/>.
    /// </summary>
    /// <param name="name">A short name for charts and tables.</param>
    /// <param name="inputs">The inputs, one per item; a run takes at most this many items.</param>
    /// <param name="run">What is done to one input; what it returns is the item's result.</param>
    /// <param name="usesCpu">Whether items compete for cores (computing) or only wait (disk, network).</param>
    /// <param name="itemTime">How long one item takes alone. Default: <see langword="null"/>, timed on input 0 before the run.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, <paramref name="inputs"/> is empty or holds a null,
    /// or <paramref name="itemTime"/> is not positive.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Workload Create(string name, IReadOnlyList<string> inputs, Func<string, string> run, bool usesCpu, TimeSpan? itemTime = null)
    {
        CheckCreate(name, run, itemTime);
        var copy = CheckInputs(inputs);
        return DelegateWorkload.Blocking(name, copy, usesCpu, itemTime, (item, _) => run(copy[item]));
    }

    /// <summary>
    /// Makes a workload of your own awaiting function of the item number, for work that waits (disk, network): the tasks
    /// runner awaits it, holding no thread while it waits; the other in-process runners block on it. The token is
    /// cancelled when the run stops (a timeout, a cancel, another item failing).
    /// </summary>
    /// <inheritdoc cref="Create(string, Func{int, string}, bool, TimeSpan?)"/>
    public static Workload Create(string name, Func<int, CancellationToken, Task<string>> run, bool usesCpu, TimeSpan? itemTime = null)
    {
        CheckCreate(name, run, itemTime);
        return DelegateWorkload.Awaiting(name, inputs: null, usesCpu, itemTime, run);
    }

    /// <summary>
    /// Makes a workload of your own awaiting function of each input (see <see cref="Create(string, IReadOnlyList{string}, Func{string, string}, bool, TimeSpan?)"/>),
    /// for work that waits: the tasks runner awaits it, the other in-process runners block on it.
    /// </summary>
    /// <inheritdoc cref="Create(string, IReadOnlyList{string}, Func{string, string}, bool, TimeSpan?)"/>
    public static Workload Create(string name, IReadOnlyList<string> inputs, Func<string, CancellationToken, Task<string>> run, bool usesCpu, TimeSpan? itemTime = null)
    {
        CheckCreate(name, run, itemTime);
        var copy = CheckInputs(inputs);
        return DelegateWorkload.Awaiting(name, copy, usesCpu, itemTime, (item, cancellationToken) => run(copy[item], cancellationToken));
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

    private static void CheckCreate(string name, Delegate run, TimeSpan? itemTime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        if (itemTime is { } time && time <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(itemTime), time, "An item time must be positive; leave it out to have it measured.");
        }
    }

    /// <summary>A copy, so that a list the caller changes later cannot change which input an item was.</summary>
    internal static string[] CheckInputs(IReadOnlyList<string> inputs, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(inputs))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(inputs, name);
        string[] copy = [.. inputs];
        if (copy.Length == 0)
        {
            throw new ArgumentException("A workload needs at least one input.", name);
        }

        if (Array.IndexOf(copy, null) is var missing and >= 0)
        {
            throw new ArgumentException($"Input {missing} is null.", name);
        }

        return copy;
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
