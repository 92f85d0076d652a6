using Plotly.NET;
using ParallelNotebooks.Reports;
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
    /// (baseline wall time / run wall time) and <see cref="Ideal"/> (baseline ideal / run ideal).
    /// </summary>
    /// <param name="baseline">The run the others are compared with, usually the serial one.</param>
    /// <param name="runs">The runs to compare; the baseline may be among them.</param>
    public static GenericChart Build(RunReport baseline, IEnumerable<RunReport> runs)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(runs);
        var list = runs.ToList();
        var strategies = list.Select(r => r.Strategy).ToArray();
        var measured = CSharpChart.Column<double, string, string>(
            values: [.. list.Select(r => Math.Round(r.SpeedupOver(baseline), 2))],
            Keys: strategies,
            Name: Measured);
        var ideal = CSharpChart.Column<double, string, string>(
            values: [.. list.Select(r => Math.Round(r.IdealSpeedupOver(baseline), 2))],
            Keys: strategies,
            Name: Ideal);
        return ChartSupport.Titled(
            CSharpChart.Combine([measured, ideal]),
            $"Speedup over {baseline.Strategy} ({baseline.Workload}, {baseline.ItemCount} items, {baseline.ProcessorCount} cores)",
            "strategy",
            "times faster");
    }
}
