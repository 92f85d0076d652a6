using ParallelNotebooks.Charts;
using ParallelNotebooks.Lessons;
using ParallelNotebooks.Tests.Charts;
using ParallelNotebooks.Tests.Fakes;

namespace ParallelNotebooks.Tests.Twins;

/// <summary>What a twin shows where the kernel would show a cell's value, a chart, or a progress line.</summary>
public sealed class TwinTests : IDisposable
{
    private readonly string _charts = Path.Combine(Path.GetTempPath(), "twin-charts-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();

    public TwinTests() => Twin.Start("05-test", _charts);

    public void Dispose()
    {
        if (Directory.Exists(_charts))
        {
            Directory.Delete(_charts, recursive: true);
        }
    }

    [Fact]
    public void Show_Charts_WritesNumberedOfflinePagesAndPrintsTheirPaths()
    {
        Twin.Show(TimelineChart.Build(FakeReports.Pool), _output);
        Twin.Show(TimelineChart.Build(FakeReports.Serial), _output);

        var first = Path.Combine(_charts, "chart-1.html");
        var second = Path.Combine(_charts, "chart-2.html");
        Assert.Equal($"[chart 1] {first}\n[chart 2] {second}\n", _output.ToString().ReplaceLineEndings("\n"));
        var page = File.ReadAllText(second);
        Assert.Contains("Plotly.newPlot", page);
        Assert.Contains("<title>05-test, chart 2</title>", page);
        OfflineHtml.AssertNoRemoteScript(page);
    }

    [Fact]
    public void Start_Again_EmptiesTheFolderOfTheLastRun()
    {
        Twin.Show(TimelineChart.Build(FakeReports.Pool), _output);

        Twin.Start("05-test", _charts);

        Assert.Empty(Directory.GetFiles(_charts));
    }

    [Theory]
    [InlineData(42, "42")]
    [InlineData("text", "text")]
    [InlineData(null, "<null>")]
    public void Show_Value_PrintsItAsTheKernelsPlainText(object? value, string expected)
    {
        Twin.Show(value, _output);

        Assert.Equal(expected + Environment.NewLine, _output.ToString());
    }

    [Fact]
    public void Progress_OnATerminal_RewritesOneLineAndEndsIt()
    {
        var progress = new ConsoleProgress("serial", _output, inPlace: true);

        progress.Report(Progress(1, 2));
        progress.Report(Progress(2, 2));

        var text = _output.ToString();
        Assert.StartsWith("serial: starting\rserial: ", text);
        Assert.EndsWith("2 of 2 items, 0.0 s" + Environment.NewLine, text);
        Assert.DoesNotContain('\n', text.TrimEnd());
    }

    [Fact]
    public void Progress_IntoAFile_PrintsOnlyTheFinishedLine()
    {
        var progress = new ConsoleProgress("serial", _output, inPlace: false);

        progress.Report(Progress(1, 2));
        progress.Report(Progress(2, 2));

        Assert.Equal($"serial: {ProgressDisplay.Line(Progress(2, 2))}{Environment.NewLine}", _output.ToString());
    }

    private static RunProgress Progress(int finished, int total) =>
        new(finished, total, TimeSpan.Zero, FakeReports.Item(finished - 1, "odd", 0, 1, "thread 1"));
}
