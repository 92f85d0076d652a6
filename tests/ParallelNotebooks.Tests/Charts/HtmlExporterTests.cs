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
}
