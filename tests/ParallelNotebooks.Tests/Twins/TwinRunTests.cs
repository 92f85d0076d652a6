using System.Diagnostics;
using System.Text.RegularExpressions;
using ParallelNotebooks.Tests.Charts;
using ParallelNotebooks.Tests.Notebooks;
using Xunit.Abstractions;

namespace ParallelNotebooks.Tests.Twins;

/// <summary>
/// Every twin builds as a file-based app with no warning and runs to the end in small mode, as a learner runs it
/// (<c>dotnet run lessons/NAME.cs</c>): its charts are written as offline pages and its exercises say not yet.
/// Twins measure the machine as notebooks do, so they run one at a time beside the notebook runs.
/// </summary>
[Collection(nameof(NotebookCollection))]
public sealed partial class TwinRunTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static TheoryData<string> Lessons => [.. LessonFiles.Names];

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Twin_RunAsAFileBasedApp_BuildsCleanRunsChartsOfflineAndExercisesAreUnsolved(string notebook)
    {
        var twin = TwinFiles.PathFor(notebook);

        var run = await RunAsync(twin);

        Assert.True(run.ExitCode == 0, $"dotnet run {Path.GetRelativePath(Repository.Root, twin)} exited with {run.ExitCode}:\n{run.Output}");
        Assert.Empty(Warning().Matches(run.Output).Select(m => m.Value));
        var charts = Chart().Matches(run.Output).Select(m => m.Groups["path"].Value.Trim()).ToList();
        Assert.NotEmpty(charts);
        Assert.All(charts, chart =>
        {
            Assert.StartsWith(Path.Combine(Repository.Root, "output", "twins", Path.GetFileNameWithoutExtension(notebook)), chart);
            var page = File.ReadAllText(chart);
            Assert.Contains("Plotly.newPlot", page);
            OfflineHtml.AssertNoRemoteScript(page);
        });
        var checks = Check().Matches(run.Output).ToDictionary(m => m.Groups["id"].Value, m => m.Value);
        Assert.Equal(LessonFiles.Exercises(LessonFiles.Load(notebook)).Keys.Order(), checks.Keys.Order());
        Assert.All(checks.Values, line => Assert.Contains("] not yet: ", line));
    }

    /// <summary>Builds the twin afresh (so its warnings show) and runs it, as <c>dotnet run</c> does for a learner.</summary>
    private async Task<(int ExitCode, string Output)> RunAsync(string twin)
    {
        var name = Path.GetFileNameWithoutExtension(twin);
        // The solution is built before the tests run, so the twin reuses the library's build instead of checking each
        // project again; its own build goes under artifacts/, not the user's run-file cache.
        var start = new ProcessStartInfo("dotnet",
            ["run", twin, "--no-cache", "--artifacts-path", Path.Combine(Repository.Root, "artifacts", "twins", name), "--property:BuildProjectReferences=false"])
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment[ParallelNotebooks.LessonScale.Variable] = "0.05";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment.Remove(ParallelNotebooks.Lessons.Claims.RecordsVariable);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet run {twin} ran past {Limit}:\n{await output}{await errors}");
        }

        log.WriteLine($"{name}: built and ran in {clock.Elapsed.TotalSeconds:0.0} s");
        return (process.ExitCode, await output + await errors);
    }

    [GeneratedRegex(@"^.*: warning [A-Z]+[0-9]+:.*$", RegexOptions.Multiline)]
    private static partial Regex Warning();

    [GeneratedRegex(@"^\[chart [0-9]+\] (?<path>.+)$", RegexOptions.Multiline)]
    private static partial Regex Chart();

    [GeneratedRegex(@"^\[exercise (?<id>[^\]]+)\] .*$", RegexOptions.Multiline)]
    private static partial Regex Check();
}
