using System.Globalization;

namespace ParallelNotebooks;

/// <summary>
/// Repeated measurements of one figure, such as the wall time of five runs: their median and their spread
/// (smallest to largest). A verdict that rests on a small difference compares samples, never single runs.
/// </summary>
public sealed record Samples
{
    /// <summary>
    /// A difference of medians smaller than this share of the larger median counts as no difference, even where the
    /// ranges happen not to overlap: a few runs on a busy machine rarely show their full spread. Default margin of
    /// <see cref="Compare"/>.
    /// </summary>
    public const double DefaultMargin = 0.05;

    private readonly double[] _values;

    /// <summary>Keeps the measurements.</summary>
    /// <exception cref="ArgumentException">There are none, or one is not a finite number.</exception>
    public Samples(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = [.. values];
        if (_values.Length == 0 || _values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Samples need at least one measurement, each a finite number.", nameof(values));
        }
    }

    /// <summary>The measurements, in the order they were taken.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>How many measurements there are.</summary>
    public int Count => _values.Length;

    /// <summary>The middle measurement (the mean of the two middle ones for an even count).</summary>
    public double Median
    {
        get
        {
            var sorted = _values.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    /// <summary>The smallest measurement.</summary>
    public double Min => _values.Min();

    /// <summary>The largest measurement.</summary>
    public double Max => _values.Max();

    /// <summary>Largest minus smallest.</summary>
    public double Spread => Max - Min;

    /// <summary>Measurements given one by one.</summary>
    public static Samples Of(params double[] values) => new(values);

    /// <summary>
    /// Compares two figures: <see cref="Difference.None"/> when their ranges overlap or their medians lie within
    /// <paramref name="margin"/> of each other; otherwise which one is lower.
    /// </summary>
    /// <param name="first">The first figure.</param>
    /// <param name="second">The second figure.</param>
    /// <param name="margin">The share of the larger median below which a gap is no difference. Default: <see cref="DefaultMargin"/>.</param>
    public static Difference Compare(Samples first, Samples second, double margin = DefaultMargin)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentOutOfRangeException.ThrowIfNegative(margin);
        var overlap = first.Min <= second.Max && second.Min <= first.Max;
        var close = Math.Abs(first.Median - second.Median) <= margin * Math.Max(Math.Abs(first.Median), Math.Abs(second.Median));
        return overlap || close ? Difference.None : first.Median < second.Median ? Difference.FirstLower : Difference.FirstHigher;
    }

    /// <summary>
    /// The figure as text: the median and the spread, such as <c>1.98 x (1.95 to 2.01, 5 runs)</c>, or the single
    /// value of one run, such as <c>1.98 x</c>.
    /// </summary>
    /// <param name="format">A .NET number format for each value. Default: <c>0.00</c>.</param>
    /// <param name="unit">The unit written after the median, such as <c>s</c>. Default: none.</param>
    public string Describe(string format = "0.00", string unit = "")
    {
        string F(double v) => v.ToString(format, CultureInfo.InvariantCulture);
        var median = unit.Length == 0 ? F(Median) : $"{F(Median)} {unit}";
        return Count == 1 ? median : $"{median} ({F(Min)} to {F(Max)}, {Count} runs)";
    }

    /// <inheritdoc />
    public override string ToString() => Describe();

    /// <inheritdoc />
    public bool Equals(Samples? other) => other is not null && _values.SequenceEqual(other._values);

    /// <inheritdoc />
    public override int GetHashCode() => _values.Aggregate(0, (hash, v) => HashCode.Combine(hash, v));
}
