using System.Globalization;

namespace ParallelNotebooks.Lessons;

/// <summary>What one run of the Python experiments printed, or the reference figures that stand in for it.</summary>
/// <param name="Experiment">The experiment's name.</param>
/// <param name="ItemLines">The items' lines (<c>ITEM RESULT</c>), in the order they finished; empty for reference figures.</param>
/// <param name="Figures">The timings and facts it reported, such as <c>seconds</c> or <c>cores</c>.</param>
public sealed record PythonRun(string Experiment, IReadOnlyList<string> ItemLines, IReadOnlyDictionary<string, double> Figures)
{
    /// <summary>Whether python3 ran here (<see langword="true"/>) or the figures are references from <c>data/</c>.</summary>
    public bool MeasuredHere { get; init; } = true;

    /// <summary>Where the figures come from, in words: the Python version, or the reference's source and date.</summary>
    public string Source { get; init; } = "";

    /// <summary>
    /// The name for Python's figures on a chart or a line: <c>Python here</c> when python3 ran here, else
    /// <c>Python (reference)</c>, so that no learner takes a reference figure for one measured on their machine.
    /// </summary>
    public string Label => MeasuredHere ? "Python here" : "Python (reference)";

    /// <summary>
    /// For the <c>cpusweep</c> experiment: Python threads' speedup over one thread at each thread count it ran
    /// (the figures <c>threads_N_speedup</c>), fewest threads first; empty for an experiment that reports none.
    /// </summary>
    public IReadOnlyList<(int Threads, double Speedup)> ThreadSpeedups =>
    [
        .. Figures
            .Select(f => (Parts: f.Key.Split('_'), f.Value))
            .Where(f => f.Parts is ["threads", var n, "speedup"] && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(f => (int.Parse(f.Parts[1], CultureInfo.InvariantCulture), f.Value))
            .OrderBy(f => f.Item1),
    ];

    /// <summary>For the <c>turns</c> experiment: when each thread really ran, in seconds from the start.</summary>
    public IReadOnlyList<(int Thread, double Start, double End)> Segments { get; init; } = [];

    /// <summary>The figure called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The run did not report it.</exception>
    public double this[string name] =>
        Figures.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"The Python {Experiment} run reported no '{name}'.");
}
