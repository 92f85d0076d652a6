using System.Text;
using ParallelNotebooks.Lessons;
using ParallelNotebooks.Notebooks;
using Spectre.Console;

namespace ParallelNotebooks.Cli;

/// <summary>
/// Executes every notebook headless, as the tests do, and writes the executed notebooks, charts, a results table and
/// the claims ledger. A full-size run of every lesson also refreshes <c>data/claims-ledger.csv</c>.
/// </summary>
internal static class Lessons
{
    public static async Task<int> RunAsync(string notebooksFolder, string outputFolder, string only = "")
    {
        var paths = Directory.GetFiles(notebooksFolder, "*.ipynb")
            .Where(p => Path.GetFileName(p).Contains(only, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        if (paths.Count == 0)
        {
            Console.Error.WriteLine($"No notebooks in '{notebooksFolder}' whose name holds '{only}'.");
            return 2;
        }

        Directory.CreateDirectory(outputFolder);
        var records = Path.GetFullPath(Path.Combine(outputFolder, "claim-records.jsonl"));
        File.Delete(records);
        Environment.SetEnvironmentVariable(Claims.RecordsVariable, records);

        var table = new StringBuilder()
            .AppendLine("| notebook | code cells | charts | seconds | result |")
            .AppendLine("|---|---:|---:|---:|---|");
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

        var failures = 0;
        foreach (var report in reports)
        {
            var name = Path.GetFileName(report.Notebook.Path);
            var charts = report.Charts.Count();
            failures += report.Succeeded ? 0 : 1;
            Console.WriteLine(report.Succeeded ? $"  {name,-36}ok in {report.Duration.TotalSeconds:0.0} s, {charts} chart{(charts == 1 ? "" : "s")}" : $"  {name,-36}FAILED\n    {report}");
            table.AppendLine($"| {name} | {report.Cells.Count} | {charts} | {report.Duration.TotalSeconds:0.0} | {(report.Succeeded ? "ok" : report.ToString().ReplaceLineEndings(" "))} |");
        }

        var results = Path.Combine(outputFolder, "results.md");
        await File.WriteAllTextAsync(results, table.ToString());
        var ledger = ClaimsLedger.Build(Claims.Article, File.Exists(records) ? await File.ReadAllLinesAsync(records) : []);
        await File.WriteAllTextAsync(Path.Combine(outputFolder, "claims-ledger.csv"), ledger);
        Console.WriteLine($"Executed notebooks, charts, {results} and claims-ledger.csv written to {outputFolder}.");

        // The ledger in data/ holds full-size figures from a run of every lesson, never a partial or shrunk one.
        if (failures == 0 && only.Length == 0 && !LessonScale.IsSmall)
        {
            var kept = Path.Combine("data", "claims-ledger.csv");
            await File.WriteAllTextAsync(kept, ledger);
            Console.WriteLine($"The claims ledger in {kept} is refreshed.");
        }

        return failures == 0 ? 0 : 1;
    }
}
