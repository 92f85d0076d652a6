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
        var twin = Path.GetRelativePath(Repository.Root, TwinFiles.PathFor(notebook));

        // The solution is built before the tests run, so the twin's build reuses the library's instead of checking
        // each of its projects again: on 2 cores that saves most of a twin's build time. Warnings show whenever the twin
        // is compiled: always in CI's fresh clone, and here after the twin changed.
        var build = await DotnetAsync("build", twin, "-p:BuildProjectReferences=false");
        var run = await DotnetAsync("run", twin, "--no-build");

        Assert.True(build.ExitCode == 0, $"dotnet build {twin} exited with {build.ExitCode}:\n{build.Output}");
        Assert.Empty(Warning().Matches(build.Output).Select(m => m.Value));
        Assert.True(run.ExitCode == 0, $"dotnet run {twin} exited with {run.ExitCode}:\n{run.Output}");
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

    private async Task<(int ExitCode, string Output)> DotnetAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
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
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} ran past {Limit}:\n{await output}{await errors}");
        }

        // The load beside each time, where the system tells it: build times on a shared 2-core machine vary with it.
        var load = File.Exists("/proc/loadavg") ? $" (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})" : "";
        log.WriteLine($"dotnet {string.Join(' ', arguments)}: {clock.Elapsed.TotalSeconds:0.0} s{load}");
        return (process.ExitCode, await output + await errors);
    }

    [GeneratedRegex(@"^.*: warning [A-Z]+[0-9]+:.*$", RegexOptions.Multiline)]
    private static partial Regex Warning();

    [GeneratedRegex(@"^\[chart [0-9]+\] (?<path>.+)$", RegexOptions.Multiline)]
    private static partial Regex Chart();

    [GeneratedRegex(@"^\[exercise (?<id>[^\]]+)\] .*$", RegexOptions.Multiline)]
    private static partial Regex Check();
}
