using System.Globalization;
using ParallelNotebooks.Lessons;
using ParallelNotebooks.Notebooks;
using Spectre.Console;

namespace ParallelNotebooks.Cli;

/// <summary>
/// Executes every notebook headless, as the tests do, and writes the executed notebooks, charts, a results table and
/// the learner's own claims ledger, all under the output folder. The reference ledger in <c>data/</c> changes only
/// through <see cref="RefreshLedgerAsync"/>, so a learner's run leaves the clone as it was.
/// </summary>
internal static class Lessons
{
    /// <summary>The committed reference ledger, refreshed only by <see cref="RefreshLedgerAsync"/>.</summary>
    public static readonly string ReferenceLedger = Path.Combine("data", "claims-ledger.csv");

    public static async Task<int> RunAsync(string notebooksFolder, string outputFolder, string only = "") =>
        (await RunLessonsAsync(notebooksFolder, outputFolder, only)).ExitCode;

    /// <summary>
    /// Runs every lesson at full size and copies the ledger it built to <see cref="ReferenceLedger"/>; every row names
    /// the machine (cores, system) and the date. Refuses a small-mode run, and keeps the old ledger when a lesson fails.
    /// </summary>
    public static async Task<int> RefreshLedgerAsync(string notebooksFolder, string outputFolder)
    {
        if (LessonScale.IsSmall)
        {
            Console.Error.WriteLine($"The reference ledger holds full-size figures: unset {LessonScale.Variable} and run again.");
            return 2;
        }

        var (exitCode, ledger) = await RunLessonsAsync(notebooksFolder, outputFolder, "");
        if (exitCode != 0)
        {
            Console.Error.WriteLine($"A lesson failed, so {ReferenceLedger} is left as it was.");
            return exitCode;
        }

        await File.WriteAllTextAsync(ReferenceLedger, ledger);
        Console.WriteLine($"{ReferenceLedger} refreshed from this machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {DateTime.UtcNow:yyyy-MM-dd}.");
        return 0;
    }

    private static async Task<(int ExitCode, string Ledger)> RunLessonsAsync(string notebooksFolder, string outputFolder, string only)
    {
        var paths = Directory.GetFiles(notebooksFolder, "*.ipynb")
            .Where(p => Path.GetFileName(p).Contains(only, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        if (paths.Count == 0)
        {
            Console.Error.WriteLine($"No notebooks in '{notebooksFolder}' whose name holds '{only}'.");
            return (2, "");
        }

        Directory.CreateDirectory(outputFolder);
        var records = Path.GetFullPath(Path.Combine(outputFolder, "claim-records.jsonl"));
        File.Delete(records);
        Environment.SetEnvironmentVariable(Claims.RecordsVariable, records);

        var reports = new List<NotebookReport>();
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async live =>
            {
                foreach (var path in paths)
                {
                    var notebook = Notebook.Load(path);
                    var task = live.AddTask(Markup.Escape(Path.GetFileName(path)), maxValue: notebook.Cells.Count(c => c.IsCode));
                    var report = await NotebookRunner.RunAsync(notebook, progress: new Progress<CellResult>(_ => task.Increment(1)));
                    task.Value = task.MaxValue;
                    NotebookWriter.Write(report, outputFolder);
                    reports.Add(report);
                }
            });

        foreach (var report in reports)
        {
            var name = Path.GetFileName(report.Notebook.Path);
            var charts = report.Charts.Count();
            Console.WriteLine(report.Succeeded ? $"  {name,-36}ok in {report.Duration.TotalSeconds:0.0} s, {charts} chart{(charts == 1 ? "" : "s")}" : $"  {name,-36}FAILED\n    {report}");
        }

        var results = Path.Combine(outputFolder, "results.md");
        await File.WriteAllTextAsync(results, MarkdownExporter.Render(Results(reports)));
        var ledger = ClaimsLedger.Build(Claims.Article, File.Exists(records) ? await File.ReadAllLinesAsync(records) : []);
        await File.WriteAllTextAsync(Path.Combine(outputFolder, "claims-ledger.csv"), ledger);
        Console.WriteLine($"Executed notebooks, charts, {results} and your claims-ledger.csv written to {outputFolder}.");
        return (reports.All(r => r.Succeeded) ? 0 : 1, ledger);
    }

    /// <summary>One row per executed notebook: its code cells, charts, seconds and result (the failure, on one line).</summary>
    public static Table Results(IEnumerable<NotebookReport> reports) => new(
        "",
        [new("notebook"), new("code cells", IsNumber: true), new("charts", IsNumber: true), new("seconds", IsNumber: true), new("result")],
        reports.Select(report => (IReadOnlyList<string>)
        [
            Path.GetFileName(report.Notebook.Path),
            report.Cells.Count.ToString(CultureInfo.InvariantCulture),
            report.Charts.Count().ToString(CultureInfo.InvariantCulture),
            report.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            report.Succeeded ? "ok" : report.ToString(),
        ]));
}
