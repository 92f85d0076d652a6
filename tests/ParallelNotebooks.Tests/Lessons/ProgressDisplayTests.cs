using ParallelNotebooks.Lessons;
using ParallelNotebooks.Notebooks;
using ParallelNotebooks.Tests.Fakes;
using ParallelNotebooks.Tests.Notebooks;

namespace ParallelNotebooks.Tests.Lessons;

[Collection(nameof(NotebookCollection))]
public sealed class ProgressDisplayTests
{
    [Fact]
    public void Line_HalfDone_HalfTheBarAndTheCounts()
    {
        var line = ProgressDisplay.Line(new RunProgress(5, 10, TimeSpan.FromSeconds(8.14), FakeReports.Item(4, "even", 0, 1, "thread 1")));

        Assert.Equal("▓▓▓▓▓▓▓▓▓▓░░░░░░░░░░ 5 of 10 items, 8.1 s", line);
    }

    [Fact]
    public void Report_BurstOfItems_ShowsFirstAndLastButNotEveryOne()
    {
        var shown = new List<string>();
        var display = new ProgressDisplay(shown.Add);
        var item = FakeReports.Item(0, "zero", 0, 1, "thread 1");

        for (var finished = 1; finished <= 100; finished++)
        {
            display.Report(new RunProgress(finished, 100, TimeSpan.Zero, item));
        }

        Assert.InRange(shown.Count, 2, 10);
        Assert.Contains("1 of 100", shown[0]);
        Assert.Contains("100 of 100", shown[^1]);
    }

    [Fact]
    public async Task RunAsync_WithProgress_ReportsEveryItemUpToTheTotal()
    {
        var reports = new List<RunProgress>();
        var progress = new SynchronousProgress(reports.Add);

        var report = await Runners.ThreadPerItem().RunAsync(Workload.Article(TimeSpan.FromMilliseconds(20)), 6, progress);

        Assert.Equal(6, reports.Count);
        Assert.Equal(Enumerable.Range(1, 6), reports.Select(r => r.Finished).Order());
        Assert.Equal(report.Completed.Select(r => r.Item).Order(), reports.Select(r => r.Last.Item).Order());
    }

    [Fact]
    public async Task InNotebook_InTheKernel_UpdatesOneLineInPlace()
    {
        var report = await NotebookRunner.RunAsync(Notebook.Load(Repository.Fixture("progress.ipynb")));

        Assert.True(report.Succeeded, report.ToString());
        var displayed = Assert.Single(report.Cells[^1].Outputs, output => output.Kind == CellOutputKind.Displayed);
        Assert.Matches(@"^serial: [▓░]{20} 4 of 4 items, \d+\.\d s$", displayed.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void InNotebook_BlankLabel_ThrowsArgumentException(string label)
    {
        Assert.Throws<ArgumentException>(() => ProgressDisplay.InNotebook(label));
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so the test sees every report at once.</summary>
    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        private readonly Lock _gate = new();

        public void Report(RunProgress value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
