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

        return [.. Directory.GetFiles(folder, "benchmark-*-cores.csv").Order(StringComparer.Ordinal).SelectMany(Read)];
    }

    /// <summary>The figures of one benchmark file, its fields read by column name.</summary>
    /// <exception cref="FormatException">The file lacks a column the figures need, or holds a malformed number.</exception>
    internal static IEnumerable<BenchmarkFigure> Parse(string csv)
    {
        try
        {
            var table = Table.ParseCsv(csv);
            return [.. Enumerable.Range(0, table.Rows.Count).Select(r => new BenchmarkFigure(
                table[r, "figure"],
                double.Parse(table[r, "measured"], CultureInfo.InvariantCulture),
                table[r, "unit"],
                table[r, "verdict"],
                int.Parse(table[r, "cores"], CultureInfo.InvariantCulture),
                table[r, "os"],
                table[r, "date"]))];
        }
        catch (KeyNotFoundException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    private static IEnumerable<BenchmarkFigure> Read(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>The CPU-bound speedups over serial, by strategy, each at the core count it was measured on.</summary>
    public static IEnumerable<(string Strategy, int Cores, double Speedup)> CpuSpeedups() =>
        Load()
            .Where(f => f.Figure.StartsWith("CPU-bound", StringComparison.Ordinal))
            .Select(f => (f.Figure[(f.Figure.IndexOf(':', StringComparison.Ordinal) + 2)..].Replace(" speedup over serial", "", StringComparison.Ordinal), f.Cores, f.Measured));
}
