using Plotly.NET;
using static ParallelNotebooks.Charts.ChartSupport;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace ParallelNotebooks.Charts;

/// <summary>How many times faster than a baseline each run was, measured, beside what it would be with no overhead.</summary>
public static class SpeedupChart
{
    /// <summary>The name of the trace of measured speedups.</summary>
    public const string Measured = "measured";

    /// <summary>The name of the trace of ideal speedups.</summary>
    public const string Ideal = "ideal";

    /// <summary>
    /// Builds two column traces over the strategies of <paramref name="runs"/>: <see cref="Measured"/>
    /// (baseline wall time / run wall time) and <see cref="Ideal"/> (baseline ideal / run ideal). The value axis is
    /// logarithmic where the speedups span two orders of magnitude; the summary lists every figure.
    /// </summary>
    /// <param name="baseline">The run the others are compared with, usually the serial one.</param>
    /// <param name="runs">The runs to compare; the baseline may be among them.</param>
    public static GenericChart Build(RunReport baseline, IEnumerable<RunReport> runs)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(runs);
        var list = runs.ToList();
        var strategies = list.Select(r => r.Strategy).ToArray();
        var measured = list.Select(r => r.SpeedupOver(baseline)).ToArray();
        var ideal = list.Select(r => r.IdealSpeedupOver(baseline)).ToArray();
        GenericChart Trace(string name, double[] values) => CSharpChart.Column<double, string, string>(
            values: [.. values.Select(Rounded)],
            Keys: strategies,
            Name: name,
            MultiText: new([.. values.Select(v => Figure(v) + "x")], true));
        var y = Axis.For("times faster", measured.Concat(ideal));
        var summary = $"Speedup over {baseline.Strategy}, measured (ideal){y.Note}: " +
            string.Join(", ", list.Select((r, i) => $"{r.Strategy} {Figure(measured[i])}x ({Figure(ideal[i])}x)")) + ".";
        return Finish(
            CSharpChart.Combine([Trace(Measured, measured), Trace(Ideal, ideal)]),
            $"Speedup over {baseline.Strategy} ({baseline.Workload}, {baseline.ItemCount} items, {baseline.ProcessorCount} cores)",
            new Axis("strategy"),
            y,
            summary);
    }
}
