using System.Diagnostics;
using System.Text.Json;
using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

/// <summary>Python's fork exists on Linux and macOS, not on Windows: the start-cost experiment measures what exists.</summary>
public sealed class PythonStartCostTests
{
    [Fact]
    public void StartCosts_Here_MeasuresEveryStartMethodThisPythonHas()
    {
        if (!Python.IsAvailable)
        {
            Assert.Throws<InvalidOperationException>(() => Python.StartCosts());
            return;
        }

        var costs = Python.StartCosts();

        Assert.Contains("spawn", costs.Keys);
        Assert.Equal(OperatingSystem.IsWindows() ? ["spawn"] : ["fork", "spawn"], costs.Keys.Order());
        Assert.All(costs.Values, cost => Assert.InRange(cost, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(30)));
    }

    [SkippableFact]
    public void Script_PythonWithoutFork_MeasuresSpawnInsteadOfFailing()
    {
        Skip.IfNot(Python.IsAvailable, "python3 is not installed: no script to run (the test above checks the error lessons get).");

        // Windows' Python offers spawn alone: pretend to be it, and run the script as the lessons do.
        const string WithoutFork = """
            import multiprocessing, runpy, sys
            multiprocessing.get_all_start_methods = lambda: ["spawn"]
            sys.argv = [sys.argv[1], "startcost"]
            runpy.run_path(sys.argv[0], run_name="__main__")
            """;
        using var process = Process.Start(new ProcessStartInfo("python3", ["-c", WithoutFork, Path.Combine(Repository.Root, "data", "python", "article_runs.py")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var errors = process.StandardError.ReadToEndAsync();
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, errors.Result);
        using var result = JsonDocument.Parse(lines[^1]);
        Assert.True(result.RootElement.TryGetProperty("spawn_seconds", out _));
        Assert.False(result.RootElement.TryGetProperty("fork_seconds", out _));
    }
}
