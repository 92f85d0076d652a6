namespace ParallelNotebooks.Charts;

/// <summary>One line of a sweep: a measured value for each setting swept over.</summary>
/// <param name="Name">The line's name in the legend.</param>
/// <param name="X">The settings, such as item counts.</param>
/// <param name="Y">The measured value at each setting.</param>
public sealed record SweepSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y);
