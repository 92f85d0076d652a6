namespace ParallelNotebooks.Lessons;

/// <summary>One figure that <c>bench.sh</c> measured.</summary>
/// <param name="Figure">What was measured.</param>
/// <param name="Measured">The figure.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Verdict">met, missed, or - where no target applies.</param>
/// <param name="Cores">The cores of the machine it was measured on.</param>
/// <param name="Machine">The machine's operating system.</param>
/// <param name="Date">When.</param>
public sealed record BenchmarkFigure(string Figure, double Measured, string Unit, string Verdict, int Cores, string Machine, string Date);
