using System.Text;
using ParallelNotebooks.Notebooks;

namespace ParallelNotebooks.Cli;

/// <summary>Executes every notebook headless, as the tests do, and writes the executed notebooks, charts and a results table.</summary>
internal static class Lessons
{
    public static async Task<int> RunAsync(string notebooksFolder, string outputFolder)
    {
        var paths = Directory.GetFiles(notebooksFolder, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        if (paths.Count == 0)
        {
            Console.Error.WriteLine($"No notebooks in '{notebooksFolder}'.");
            return 2;
        }

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
        Console.WriteLine($"Executed notebooks, charts and {results} written to {outputFolder}.");
        return failures == 0 ? 0 : 1;
    }
}
