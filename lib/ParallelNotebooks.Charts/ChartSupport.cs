using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.CSharp;

namespace ParallelNotebooks.Charts;

/// <summary>
/// What every chart of the kit shares: the FSharp.Core fix, titles and size, the colour-blind-safe palette, a log axis
/// where values span orders of magnitude, and the one-line summary printed under the chart.
/// </summary>
internal static class ChartSupport
{
    /// <summary>
    /// Plotly.NET 6 asks for FSharp.Core 10.1, while the notebook kernel has already loaded FSharp.Core 10.0,
    /// which has every member Plotly.NET uses. Handing the loaded one over makes charts work in the kernel
    /// without any step from the learner. Outside the kernel the resolver is never asked.
    /// </summary>
#pragma warning disable CA2255 // A library module initializer is the one place a learner cannot forget.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void ResolveFSharpCoreFromTheLoadedOne() =>
        AssemblyLoadContext.Default.Resolving += (_, name) => name.Name == "FSharp.Core"
            ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
            : null;

    /// <summary>The size of every chart: it fits a notebook column, and a README picture, whole.</summary>
    public const int Width = 860;

    /// <inheritdoc cref="Width"/>
    public const int Height = 460;

    /// <summary>
    /// Values whose largest is this many times their smallest go on a log axis: on a linear one the small values
    /// shrink to nothing (a task's start cost beside a process's was an invisible bar labelled "0").
    /// </summary>
    public const double LogAxisSpan = 100;

    /// <summary>The layout property that carries a chart's summary: plotly.js keeps <c>meta</c> and draws nothing from it.</summary>
    public const string SummaryProperty = "meta";

    /// <summary>Whether <paramref name="values"/> belong on a log axis: all positive, and spanning <see cref="LogAxisSpan"/> or more.</summary>
    public static bool NeedsLogAxis(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count > 1 && list.All(v => v > 0 && double.IsFinite(v)) && list.Max() / list.Min() >= LogAxisSpan;
    }

    /// <summary>
    /// Gives a built chart everything the kit's charts share: title, axis titles (with "log scale" where an axis is
    /// logarithmic), size, the <see cref="ChartPalette.OkabeIto"/> colours, and its summary.
    /// </summary>
    public static GenericChart Finish(GenericChart chart, string title, Axis x, Axis y, string summary)
    {
        var layout = new Layout();
        layout.SetProperty("colorway", ChartPalette.OkabeIto.ToArray());
        layout.SetProperty(SummaryProperty, summary);
        var finished = Plotly.NET.Chart.withTitle(title, FSharpOption<Font>.None).Invoke(chart)
            .WithXAxisStyle<double, double, string>(TitleText: x.TitleText, AxisType: x.Type)
            .WithYAxisStyle<double, double, string>(TitleText: y.TitleText, AxisType: y.Type)
            .WithSize(Width, Height);
        return Plotly.NET.Chart.withLayout(layout).Invoke(finished);
    }

    /// <summary>A value kept to four significant digits: short in the chart's JSON, and never rounded to zero.</summary>
    public static double Rounded(double value) => value == 0 || !double.IsFinite(value)
        ? value
        : Math.Round(value, Math.Clamp(3 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 15));

    /// <summary>A value with three significant digits, but never fewer digits than its whole part: 0.00153, 2.32, 67.2, 12345.</summary>
    public static string Figure(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 12);
        return Math.Round(value, decimals).ToString("0." + new string('#', Math.Max(decimals, 1)), CultureInfo.InvariantCulture);
    }

    /// <summary>One axis of a chart: its title and whether it is logarithmic.</summary>
    public readonly record struct Axis(string Title, bool Log = false)
    {
        /// <summary>A log axis for <paramref name="values"/> where they need one, a linear one otherwise.</summary>
        public static Axis For(string title, IEnumerable<double> values) => new(title, NeedsLogAxis(values));

        public string TitleText => Log ? (Title.Length == 0 ? "log scale" : $"{Title} (log scale)") : Title;

        /// <summary>Log, or unset: plotly.js then makes an axis of numbers linear and an axis of names a category axis.</summary>
        public Optional<StyleParam.AxisType> Type => Log ? new(StyleParam.AxisType.Log, true) : default;

        /// <summary>What a summary says about the axis: nothing, or that it is logarithmic.</summary>
        public string Note => Log ? ", on a log scale" : "";
    }
}
