using System.Diagnostics;
using ParallelNotebooks.Charts;
using Plotly.NET;

namespace ParallelNotebooks.Cli;

/// <summary>
/// Draws the README's pictures from real runs: the article's example on every process and thread runner, rendered
/// to PNG by a headless Chromium from the same offline chart the notebooks show, without its toolbar. Each chart's
/// one-line summary goes to <c>summaries.md</c> beside the pictures, as their alt text.
/// </summary>
internal static class Pictures
{
    public static async Task<int> RunAsync(string folder)
    {
        if (FindChromium() is not { } chromium)
        {
            Console.Error.WriteLine("pictures: no Chromium found (looked for chromium and chromium-browser on the PATH). On Debian: apt-get install chromium.");
            return 2;
        }

        var workload = Workload.Article(LessonScale.Seconds(2));
        Console.WriteLine($"pictures: running the article's example ({workload.Name}) on {Environment.ProcessorCount} cores");
        var serial = await Runners.Serial().RunAsync(workload, 10);
        var perItem = await Runners.ProcessPerItem().RunAsync(workload, 10);
        var pool = await Runners.ProcessPool().RunAsync(workload, 10);
        var threads = await Runners.ThreadPerItem().RunAsync(workload, 10);
        var threadPool = await Runners.ThreadPool().RunAsync(workload, 10);
        RunReport[] runs = [serial, perItem, pool, threads, threadPool];
        if (runs.FirstOrDefault(r => r.Outcome != RunOutcome.Completed) is { } failed)
        {
            Console.Error.WriteLine($"pictures: the {failed.Strategy} run did not complete ({failed.Failure}); no pictures drawn from it.");
            return 1;
        }

        Directory.CreateDirectory(folder);
        (string Name, GenericChart Chart)[] pictures =
        [
            ("speedup", SpeedupChart.Build(serial, runs)),
            ("timeline-process-per-item", TimelineChart.Build(perItem)),
            ("timeline-process-pool", TimelineChart.Build(pool)),
        ];
        var summaries = new List<string> { "# What each picture shows", "", "Written by `dotnet run --project lib/ParallelNotebooks.Cli -- pictures` with the pictures, from the same run: use each line as the picture's alt text.", "" };
        foreach (var (name, chart) in pictures)
        {
            var page = Path.Combine(Path.GetTempPath(), $"parallel-notebooks-{name}.html");
            await File.WriteAllTextAsync(page, HtmlExporter.PicturePage(chart));
            var png = Path.GetFullPath(Path.Combine(folder, name + ".png"));
            if (!await ScreenshotAsync(chromium, page, png))
            {
                Console.Error.WriteLine($"pictures: Chromium could not draw {png}.");
                return 1;
            }

            File.Delete(page);
            summaries.Add($"- `{name}.png`: {ChartSummary.Of(chart)}");
            Console.WriteLine($"  {png}");
        }

        await File.WriteAllLinesAsync(Path.Combine(folder, "summaries.md"), summaries);
        return 0;
    }

    private static string? FindChromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    private static async Task<bool> ScreenshotAsync(string chromium, string page, string png)
    {
        // No network and no profile: the page embeds plotly.js, and nothing else should be fetched.
        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--window-size={HtmlExporter.PictureWidth},{HtmlExporter.PictureHeight}",
            $"--user-data-dir={Directory.CreateTempSubdirectory("chromium-").FullName}", $"--screenshot={png}", new Uri(page).AbsoluteUri,
        ];
        using var process = Process.Start(new ProcessStartInfo(chromium, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var drained = Task.WhenAll(process.StandardError.ReadToEndAsync(), process.StandardOutput.ReadToEndAsync());
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return false;
        }

        await drained;
        return process.ExitCode == 0 && File.Exists(png);
    }
}
