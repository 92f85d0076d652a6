using System.Text.RegularExpressions;
using ParallelNotebooks.Charts;
using ParallelNotebooks.Tests.Fakes;

namespace ParallelNotebooks.Tests.Charts;

public sealed class HtmlExporterTests
{
    [Fact]
    public void Page_TwoCharts_EmbedsPlotlyOnceAndNoRemoteScript()
    {
        var html = HtmlExporter.Page("run", [TimelineChart.Build(FakeReports.Pool), TimelineChart.Build(FakeReports.Serial)]);

        OfflineHtml.AssertNoRemoteScript(html);
        Assert.Single(Regex.Matches(html, Regex.Escape(HtmlExporter.PlotlyJs[..200])));
        Assert.Equal(2, Regex.Matches(html.Replace(HtmlExporter.PlotlyJs, ""), "Plotly.newPlot").Count);
    }

    [Fact]
    public void PageFromHtml_ChartCarryingPlotly_EmbedsItOnlyOnce()
    {
        var firstChart = HtmlExporter.PlotlyScriptTag + "\n<div></div><script>Plotly.newPlot('x', [])</script>";

        var html = HtmlExporter.PageFromHtml("notebook chart", [firstChart]);

        Assert.Single(Regex.Matches(html, Regex.Escape(HtmlExporter.PlotlyJs[..200])));
        Assert.Contains("Plotly.newPlot('x', [])", html);
    }

    [Fact]
    public void ChartFragment_Chart_HasNoPlotlyScriptOfItsOwn()
    {
        var fragment = HtmlExporter.ChartFragment(TimelineChart.Build(FakeReports.Pool));

        Assert.Contains("Plotly.newPlot", fragment);
        OfflineHtml.AssertNoRemoteScript(fragment);
        Assert.True(fragment.Length < HtmlExporter.PlotlyJs.Length / 10);
    }

    [Fact]
    public void ChartFragment_Chart_CaptionIsTheSummaryHtmlEncoded()
    {
        var chart = ComparisonChart.Build("<script>x</script> & co", "ms", [new("a", "x", 1), new("b", "x", 2)]);

        var fragment = HtmlExporter.ChartFragment(chart);

        Assert.Contains("<figcaption", fragment);
        Assert.Contains("&lt;script&gt;x&lt;/script&gt; &amp; co, in ms: x: a 1, b 2.</figcaption>", fragment);
        Assert.DoesNotContain("<script>x</script>", fragment.Replace("\u003Cscript\u003E", ""));
    }

    [Fact]
    public void ChartFragment_ChartWithoutSummary_NoCaption()
    {
        var fragment = HtmlExporter.ChartFragment(Plotly.NET.CSharp.Chart.Point<int, int, string>(x: [1], y: [2]));

        Assert.DoesNotContain("figcaption", fragment);
    }

    [Fact]
    public void PicturePage_Chart_NoToolbarNoCaptionNoRemoteScript()
    {
        var page = HtmlExporter.PicturePage(TimelineChart.Build(FakeReports.Pool));

        Assert.Contains("\"displayModeBar\":false", page.Replace(HtmlExporter.PlotlyJs, ""));
        Assert.DoesNotContain("figcaption", page);
        OfflineHtml.AssertNoRemoteScript(page);
        Assert.Single(Regex.Matches(page, Regex.Escape(HtmlExporter.PlotlyJs[..200])));
    }
}
