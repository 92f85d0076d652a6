using System.Globalization;

namespace ParallelNotebooks.Lessons;

/// <summary>One figure of <c>data/reference-figures.csv</c>.</summary>
/// <param name="Id">Its id, such as <c>python.serial.seconds</c>.</param>
/// <param name="Figure">The figure.</param>
/// <param name="Unit">Its unit, such as <c>s</c>, <c>ms</c> or <c>x</c>.</param>
/// <param name="Source">How and on what machine it was measured.</param>
/// <param name="Date">When it was measured.</param>
public sealed record ReferenceFigure(string Id, double Figure, string Unit, string Source, DateOnly Date)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Figure.ToString("0.###", CultureInfo.InvariantCulture)} {Unit} ({Source}, {Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";
}
