namespace ParallelNotebooks.Lessons;

/// <summary>What one run of the Python experiments printed.</summary>
/// <param name="Experiment">The experiment's name.</param>
/// <param name="ItemLines">The items' lines (<c>ITEM RESULT</c>), in the order they finished.</param>
/// <param name="Figures">The timings and facts it reported, such as <c>seconds</c> or <c>cores</c>.</param>
public sealed record PythonRun(string Experiment, IReadOnlyList<string> ItemLines, IReadOnlyDictionary<string, double> Figures)
{
    /// <summary>The figure called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The run did not report it.</exception>
    public double this[string name] =>
        Figures.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"The Python {Experiment} run reported no '{name}'.");
}
