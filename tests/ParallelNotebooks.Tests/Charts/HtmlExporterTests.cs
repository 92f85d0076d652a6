using System.Text.RegularExpressions;
using ParallelNotebooks.Charts;
using ParallelNotebooks.Tests.Fakes;

namespace ParallelNotebooks.Tests.Charts;

public sealed partial class HtmlExporterTests
{
    [Fact]
    public void Page_TwoCharts_EmbedsPlotlyOnceAndNoRemoteScript()
    {
        var html = HtmlExporter.Page("run", [TimelineChart.Build(FakeReports.Pool), TimelineChart.Build(FakeReports.Serial)]);

        Assert.Empty(RemoteScript().Matches(html));
        Assert.Single(Regex.Matches(html, Regex.Escape(HtmlExporter.PlotlyJs[..200])));
        Assert.Equal(2, Regex.Matches(html.Replace(HtmlExporter.PlotlyJs, ""), "Plotly.newPlot").Count);
    }

    [Fact]
    public void ChartFragment_Chart_HasNoPlotlyScriptOfItsOwn()
    {
        var fragment = HtmlExporter.ChartFragment(TimelineChart.Build(FakeReports.Pool));

        Assert.Contains("Plotly.newPlot", fragment);
        Assert.Empty(RemoteScript().Matches(fragment));
        Assert.True(fragment.Length < HtmlExporter.PlotlyJs.Length / 10);
    }

    [GeneratedRegex("""<script[^>]+src\s*=\s*["']?(https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteScript();
}
