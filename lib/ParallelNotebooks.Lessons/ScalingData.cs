using System.Globalization;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// Speedups measured on machines with more cores than a laptop, kept in <c>data/scaling.csv</c>
/// (<c>cores,strategy,speedup,machine</c>), so lessons can show scaling beyond the machine in front of you.
/// </summary>
public static class ScalingData
{
    /// <summary>One measured point.</summary>
    /// <param name="Cores">The cores used.</param>
    /// <param name="Strategy">The runner's strategy.</param>
    /// <param name="Speedup">Measured speedup over serial.</param>
    /// <param name="Machine">The machine it was measured on.</param>
    public sealed record Point(int Cores, string Strategy, double Speedup, string Machine);

    /// <summary>Every point in <c>data/scaling.csv</c>; empty when no such run has been recorded yet.</summary>
    public static IReadOnlyList<Point> Load()
    {
        var path = KitFiles.Data("scaling.csv");
        return !File.Exists(path)
            ? []
            : [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => Exporters.Csv.Split(l))
                .Select(f => new Point(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], double.Parse(f[2], CultureInfo.InvariantCulture), f[3]))];
    }
}
