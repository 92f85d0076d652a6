using System.Globalization;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// The figures that <c>bench.sh</c> measured and kept in <c>data/benchmarks/benchmark-N-cores.csv</c>, one file per
/// core count, so lessons can show runs from machines with more cores than the one in front of you.
/// </summary>
public static class BenchmarkData
{
    /// <summary>Every figure of every benchmark file; empty when none has been recorded.</summary>
    public static IReadOnlyList<BenchmarkFigure> Load()
    {
        var folder = KitFiles.Data("benchmarks");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.GetFiles(folder, "benchmark-*-cores.csv").Order(StringComparer.Ordinal)
            .SelectMany(path => File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
            .Select(l => Exporters.Csv.Split(l))
            .Select(f => new BenchmarkFigure(f[0], double.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[5], int.Parse(f[7], CultureInfo.InvariantCulture), f[8], f[11]))];
    }

    /// <summary>The CPU-bound speedups over serial, by strategy, each at the core count it was measured on.</summary>
    public static IEnumerable<(string Strategy, int Cores, double Speedup)> CpuSpeedups() =>
        Load()
            .Where(f => f.Figure.StartsWith("CPU-bound", StringComparison.Ordinal))
            .Select(f => (f.Figure[(f.Figure.IndexOf(':', StringComparison.Ordinal) + 2)..].Replace(" speedup over serial", "", StringComparison.Ordinal), f.Cores, f.Measured));
}
