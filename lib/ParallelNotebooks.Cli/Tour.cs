using ParallelNotebooks.Charts;

namespace ParallelNotebooks.Cli;

/// <summary>The article's example (10 items, a 2 s wait each) through every runner, measured side by side.</summary>
internal static class Tour
{
    private const int Items = 10;

    public static async Task<int> RunAsync(string outputFolder, CancellationToken cancellationToken)
    {
        var workload = Workload.Article(LessonScale.Seconds(2));
        Console.WriteLine($"The article's example: {Items} items of '{workload.Name}' on {Environment.ProcessorCount} cores" +
            (LessonScale.IsSmall ? $" (small mode: waits scaled by {LessonScale.Factor})." : "."));

        Runner[] runners =
        [
            Runners.Serial(),
            Runners.ProcessPerItem(),
            Runners.ProcessPool(),
            Runners.ThreadPerItem(),
            Runners.ThreadPool(),
            Runners.ThreadPool(new ThreadPoolOptions { RaiseMinThreads = true }),
            Runners.Tasks(),
        ];
        var reports = new List<RunReport>();
        foreach (var runner in runners)
        {
            Console.Write($"  {runner.Strategy,-34}");
            var report = await runner.RunAsync(workload, Items, cancellationToken);
            if (report.Outcome == RunOutcome.Canceled)
            {
                // The run has killed its workers; the tour stops here rather than start the next runner.
                Console.WriteLine($"canceled after {report.Wall.TotalSeconds:0.000} s, {report.Completed.Count} of {Items} items finished");
                return 130;
            }

            Console.WriteLine($"{report.Wall.TotalSeconds,7:0.000} s (ideal {report.Ideal.TotalSeconds:0.000} s)");
            reports.Add(report);
        }

        var serial = reports[0];
        Console.WriteLine();
        Console.WriteLine(MarkdownExporter.Table(serial, reports));

        Directory.CreateDirectory(outputFolder);
        await File.WriteAllTextAsync(Path.Combine(outputFolder, "tour.csv"), CsvExporter.Runs(reports), CancellationToken.None);
        var charts = reports.Select(TimelineChart.Build).Prepend(SpeedupChart.Build(serial, reports));
        await File.WriteAllTextAsync(Path.Combine(outputFolder, "tour.html"), HtmlExporter.Page("The article's example, every runner", charts), CancellationToken.None);
        Console.WriteLine($"Results and charts written to {Path.Combine(outputFolder, "tour.csv")} and tour.html.");
        return reports.All(r => r.Outcome == RunOutcome.Completed) ? 0 : 1;
    }
}
