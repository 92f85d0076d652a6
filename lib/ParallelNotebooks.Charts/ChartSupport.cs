using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.CSharp;

namespace ParallelNotebooks.Charts;

/// <summary>What every chart of the kit shares: the FSharp.Core fix, titles, and reading a chart's traces back.</summary>
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

    public static GenericChart Titled(GenericChart chart, string title, string xTitle, string yTitle) =>
        Plotly.NET.Chart.withTitle(title, FSharpOption<Font>.None).Invoke(chart)
            .WithXAxisStyle<double, double, string>(TitleText: xTitle)
            .WithYAxisStyle<double, double, string>(TitleText: yTitle)
            .WithSize(Width, Height);
}
