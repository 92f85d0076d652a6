using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Formatting;
using ParallelNotebooks.Charts;
using Plotly.NET;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// Shows charts in the notebook kernel as charts, and tables as HTML tables, with no network: the first chart of a
/// kernel session carries plotly.js (shipped inside Plotly.NET), and later charts use it. Without this the kernel would
/// show a chart or a table as a tree of properties, and Plotly.NET.Interactive's own formatter would fetch plotly.js
/// from a CDN.
/// </summary>
internal static class KernelFormatter
{
    private static int _chartsShown;

#pragma warning disable CA2255 // Registered the moment a notebook first touches the library, so no learner can forget it.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register()
    {
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(Html(chart)), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), HtmlFormatter.MimeType);

        // Tables show as HTML tables, not as a tree of their properties.
        Formatter.Register<Table>((table, writer) => writer.Write(HtmlTableExporter.Render(table)), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(Table), HtmlFormatter.MimeType);
    }

    internal static string Html(GenericChart chart)
    {
        var fragment = HtmlExporter.ChartFragment(chart);
        return Interlocked.Increment(ref _chartsShown) == 1
            ? $"{HtmlExporter.PlotlyScriptTag}\n{fragment}"
            : fragment;
    }
}
