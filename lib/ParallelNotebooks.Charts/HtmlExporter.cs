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

    /// <summary>plotly.js itself, as shipped inside Plotly.NET.</summary>
    public static string PlotlyJs => PlotlyScript.Value;

    /// <summary>The chart's own markup and script, without plotly.js: for pages that load plotly.js once.</summary>
    public static string ChartFragment(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
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

    /// <summary>A whole page holding the charts, with plotly.js embedded once.</summary>
    public static string Page(string title, IEnumerable<GenericChart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
            .Append(System.Net.WebUtility.HtmlEncode(title))
            .Append("</title>\n<script type=\"text/javascript\">")
            .Append(PlotlyJs)
            .Append("</script></head><body>\n");
        foreach (var chart in charts)
        {
            page.Append(ChartFragment(chart)).Append('\n');
        }

        return page.Append("</body></html>\n").ToString();
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
