using System.Text;
using ParallelNotebooks.Lessons;
using ParallelNotebooks.Notebooks;

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
        var failures = 0;
        foreach (var path in paths)
        {
            Console.Write($"  {Path.GetFileName(path),-36}");
            var report = await NotebookRunner.RunAsync(Notebook.Load(path));
            NotebookWriter.Write(report, outputFolder);
            failures += report.Succeeded ? 0 : 1;
            Console.WriteLine(report.Succeeded ? $"ok in {report.Duration.TotalSeconds:0.0} s, {report.Charts.Count()} charts" : "FAILED");
            if (!report.Succeeded)
            {
                Console.WriteLine($"    {report}");
            }

            table.AppendLine($"| {Path.GetFileName(path)} | {report.Cells.Count} | {report.Charts.Count()} | {report.Duration.TotalSeconds:0.0} | {(report.Succeeded ? "ok" : report.ToString().ReplaceLineEndings(" "))} |");
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
