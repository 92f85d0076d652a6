using ParallelNotebooks.Cli;
using ParallelNotebooks.Lessons;
using ParallelNotebooks.Notebooks;
using CliLessons = ParallelNotebooks.Cli.Lessons;

namespace ParallelNotebooks.Tests.Cli;

/// <summary>The tables the command-line tool writes, read back as their readers read them: by column name.</summary>
public sealed class TableOutputTests
{
    private static readonly BenchmarkRow[] Rows =
    [
        new("start one worker: native AOT / Python fork", 0.83, "x", 1.0, AtMost: true, "both start, run one empty item and exit"),
        new("threads stop at", 31_000, "threads", null, true, "ulimit -u, then\nthe kernel's pid_max"),
        new("CPU-bound, 8 items: process pool speedup over serial", 1.93, "x", 1.95, AtMost: false, "a, comma"),
    ];

    [Fact]
    public void BenchmarkCsv_ReadByBenchmarkData_KeepsEveryFigure()
    {
        var figures = BenchmarkData.Parse(BenchmarkReport.Csv(Rows, new DateTime(2026, 11, 26))).ToList();

        Assert.Equal(Rows.Select(r => (r.Figure, r.Measured, r.Unit, r.Verdict)), figures.Select(f => (f.Figure, f.Measured, f.Unit, f.Verdict)));
        Assert.All(figures, f => Assert.Equal((Environment.ProcessorCount, "2026-11-26"), (f.Cores, f.Date)));
    }

    [Fact]
    public void BenchmarkCsv_NoteWithALineBreak_ReadsBackWhole()
    {
        var table = Table.ParseCsv(BenchmarkReport.Csv(Rows, new DateTime(2026, 11, 26)));

        Assert.Equal(BenchmarkReport.Columns, table.Columns.Select(c => c.Name));
        Assert.Equal("ulimit -u, then\nthe kernel's pid_max", table[1, "note"]);
    }

    [Fact]
    public void BenchmarkMarkdown_Rows_ShowTargetAndVerdictOnOneLineEach()
    {
        var lines = BenchmarkReport.Markdown(Rows).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal(2 + Rows.Length, lines.Count);
        Assert.Matches(@"^\| start one worker: native AOT / Python fork +\| +0\.83 x \| +<= 1 \| met +\|$", lines[2]);
        Assert.Matches(@"^\| threads stop at +\| +31000 threads \| +\| - +\|$", lines[3]);
        Assert.Matches(@"\| +>= 1\.95 \| missed +\|$", lines[4]);
    }

    [Fact]
    public void LessonResults_FailedNotebook_OneRowNamingTheFailedCell()
    {
        var notebook = Notebook.Load(Repository.Fixture("broken.ipynb"));
        var code = notebook.Cells.Where(c => c.IsCode).ToList();
        var report = new NotebookReport(notebook, [new CellResult(code[0], [], null, TimeSpan.FromSeconds(1)), new CellResult(code[1], [], "CS0103: x\ndoes not exist", TimeSpan.FromSeconds(0.5))], TimeSpan.FromSeconds(2.5));

        var results = CliLessons.Results([report]);

        Assert.Equal(["broken.ipynb", "2", "0", "2.5"], [results[0, "notebook"], results[0, "code cells"], results[0, "charts"], results[0, "seconds"]]);
        Assert.Equal(report.ToString(), results[0, "result"]);
        Assert.DoesNotContain("\n", MarkdownExporter.Render(results).TrimEnd().Split('\n')[^1]);
    }
}
