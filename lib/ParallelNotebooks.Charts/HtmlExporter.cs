using System.Net;
using System.Text;
using Microsoft.FSharp.Core;
using Plotly.NET;

namespace ParallelNotebooks.Charts;

/// <summary>
/// Turns charts into HTML that needs no network: plotly.js comes from the copy that ships inside the
/// Plotly.NET assembly, not from a CDN.
/// </summary>
public static class HtmlExporter
{
    private static readonly Lazy<string> PlotlyScript = new(ReadPlotlyScript);
    private static readonly Lazy<string> PlotlyScriptElement = new(() => $"<script type=\"text/javascript\">{PlotlyJs}</script>");

    /// <summary>plotly.js itself, as shipped inside Plotly.NET.</summary>
    public static string PlotlyJs => PlotlyScript.Value;

    /// <summary>plotly.js in a script element, as a page or a notebook's first chart carries it once.</summary>
    public static string PlotlyScriptTag => PlotlyScriptElement.Value;

    /// <summary>
    /// The chart's own markup and script, without plotly.js (for pages that load plotly.js once), in a figure whose
    /// caption is the chart's <see cref="ChartSummary"/>: the line a screen reader reads, and all that a reader
    /// without JavaScript sees.
    /// </summary>
    public static string ChartFragment(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var html = ChartHtml(chart);
        return ChartSummary.Of(chart) is { } summary
            ? $"<figure style=\"margin:0\">\n{html}\n<figcaption style=\"font-family:sans-serif;font-size:0.9em\">{WebUtility.HtmlEncode(summary)}</figcaption>\n</figure>"
            : html;
    }

    /// <summary>
    /// A page that shows the chart alone, as a picture: no toolbar, no caption, no margin, so that a screenshot of
    /// <see cref="PictureWidth"/> by <see cref="PictureHeight"/> pixels holds the chart and nothing else.
    /// </summary>
    public static string PicturePage(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var noToolbar = new Config();
        noToolbar.SetProperty("displayModeBar", false);
        noToolbar.SetProperty("staticPlot", true);
        var html = ChartHtml(Plotly.NET.Chart.withConfig(noToolbar).Invoke(chart));
        return $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">{PlotlyScriptTag}</head><body style=\"margin:0\">\n{html}\n</body></html>\n";
    }

    /// <summary>The width of a <see cref="PicturePage"/>'s chart, in pixels.</summary>
    public const int PictureWidth = ChartSupport.Width;

    /// <summary>The height of a <see cref="PicturePage"/>'s chart, in pixels.</summary>
    public const int PictureHeight = ChartSupport.Height;

    /// <summary>A whole page holding the charts, with plotly.js embedded once.</summary>
    public static string Page(string title, IEnumerable<GenericChart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        return PageFromHtml(title, charts.Select(ChartFragment));
    }

    /// <summary>
    /// A whole page holding charts already turned into HTML, with plotly.js embedded once. A chart that carries its own
    /// copy (a notebook's first chart does) has it taken out, so the page never holds two.
    /// </summary>
    public static string PageFromHtml(string title, IEnumerable<string> chartHtml)
    {
        ArgumentNullException.ThrowIfNull(chartHtml);
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</title>\n")
            .Append(PlotlyScriptTag)
            .Append("</head><body>\n");
        foreach (var html in chartHtml)
        {
            page.Append(html.Replace(PlotlyScriptTag, "", StringComparison.Ordinal)).Append('\n');
        }

        return page.Append("</body></html>\n").ToString();
    }

    private static string ChartHtml(GenericChart chart)
    {
        var noReference = DisplayOptions.init(
            FSharpOption<string>.None,
            FSharpOption<string>.None,
            FSharpOption<string>.None,
            FSharpOption<Giraffe.ViewEngine.HtmlElements.XmlNode>.None,
            FSharpOption<Microsoft.FSharp.Collections.FSharpList<Giraffe.ViewEngine.HtmlElements.XmlNode>>.None,
            FSharpOption<Microsoft.FSharp.Collections.FSharpList<Giraffe.ViewEngine.HtmlElements.XmlNode>>.None,
            FSharpOption<PlotlyJSReference>.Some(PlotlyJSReference.NoReference));
        return GenericChart.toChartHTML(Plotly.NET.Chart.withDisplayOptions(noReference).Invoke(chart));
    }

    private static string ReadPlotlyScript()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
