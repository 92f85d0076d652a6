using System.Diagnostics;
using System.Globalization;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Tests.Running;

/// <summary>
/// A parent that dies, even by SIGKILL, takes its workers with it: the test host (tests/ParallelNotebooks.TestHost)
/// runs a process runner on long items and is killed in the middle of the run.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class OrphanTests
{
    // Workers notice at once (about 40 ms measured here on a loaded 2-core machine); the rest is margin for a
    // starved scheduler, still far below the 30 s the items would otherwise run.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1.5);

    [SkippableTheory]
    [InlineData("item")]
    [InlineData("pool")]
    [InlineData("item-managed")]
    [InlineData("pool-managed")]
    public async Task Workers_ParentKilledMidRun_ExitWithinASecondOrSo(string strategy)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Workers are found through /proc.");

        // A wait of its own makes the workload's spec, which is on every worker's command line, this run's marker.
        var waitMs = 30_000 + Random.Shared.Next(1, 999_999) / 1000.0;
        var marker = "article:" + TimeSpan.FromMilliseconds(waitMs).Ticks.ToString(CultureInfo.InvariantCulture);
        using var host = Process.Start(new ProcessStartInfo(DotnetHost.Path, [HostPath, strategy, waitMs.ToString("R", CultureInfo.InvariantCulture), "4"])
        {
            RedirectStandardOutput = true,
        })!;
        try
        {
            Assert.True(await Until(() => Workers(marker).Count >= 2, TimeSpan.FromSeconds(30)), "The workers never started.");

            host.Kill(entireProcessTree: false);
            var killed = Stopwatch.GetTimestamp();
            await host.WaitForExitAsync();

            var gone = await Until(() => Workers(marker).Count == 0, TimeSpan.FromSeconds(10));
            var after = Stopwatch.GetElapsedTime(killed);
            Assert.True(gone && after <= Grace, $"Workers {string.Join(", ", Workers(marker))} were still alive {after.TotalSeconds:0.00} s after their parent was killed.");
        }
        finally
        {
            foreach (var id in Workers(marker))
            {
                using var left = Process.GetProcessById(id);
                left.Kill();
            }
        }
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Worker_ParentGoneBeforeItStarts_ExitsInsteadOfRunningItsItem(bool native)
    {
        // The parent can die while a worker is still starting, before the worker asks to hear of its input closing:
        // then the close has already happened and no signal will come. A small Python program gives the worker a pipe
        // whose writer is gone before it starts, the latest such a parent can die, and times it.
        Skip.IfNot(OperatingSystem.IsLinux(), "The native worker's watch is Linux's.");
        var worker = native ? WorkerLocator.Find(null) : WorkerLocator.FindManaged();
        Skip.If(native && !worker.IsNative, "No current native worker: run scripts/setup.sh.");
        var script = string.Join('\n',
            "import os, subprocess, sys, time",
            "r, w = os.pipe(); os.close(w)",
            "started = time.monotonic(); worker = subprocess.Popen(sys.argv[1:], stdin=r); os.close(r)",
            "try: code = worker.wait(timeout=20)",
            "except subprocess.TimeoutExpired: worker.kill(); code = 'still running'",
            "print(code, round(time.monotonic() - started, 2))");
        string[] arguments = ["-c", script, worker.FileName, .. worker.LeadingArguments, Workload.Article(TimeSpan.FromSeconds(30)).Spec, WorkerProtocol.ItemMode, "0"];
        using var python = Process.Start(new ProcessStartInfo("python3", arguments) { RedirectStandardOutput = true })!;

        var answer = (await python.StandardOutput.ReadToEndAsync()).Trim().Split(' ');
        await python.WaitForExitAsync();

        // Exit code 3: the parent is gone. Well within the 30 s item, with room for a loaded machine's slow start.
        Assert.Equal("3", answer[0]);
        Assert.True(double.Parse(answer[1], CultureInfo.InvariantCulture) < 10, $"took {answer[1]} s");
    }

    private static string HostPath
    {
        get
        {
            // The host is built beside this test assembly's project, in the same configuration.
            var ours = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
            var path = Path.Combine(ours.Replace("ParallelNotebooks.Tests", "ParallelNotebooks.TestHost", StringComparison.Ordinal), "ParallelNotebooks.TestHost.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/ParallelNotebooks.TestHost first.", path);
        }
    }


    /// <summary>Live worker processes (not zombies) whose command line holds <paramref name="marker"/>.</summary>
    private static List<int> Workers(string marker)
    {
        var found = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline"));
                var state = File.ReadAllText(Path.Combine(folder, "stat"));
                var zombie = state[(state.LastIndexOf(')') + 2)..].StartsWith('Z');
                if (!zombie && commandLine.Contains("ParallelNotebooks.Worker", StringComparison.Ordinal) && commandLine.Contains(marker, StringComparison.Ordinal))
                {
                    found.Add(id);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours.
            }
        }

        return found;
    }

    private static async Task<bool> Until(Func<bool> condition, TimeSpan limit)
    {
        var start = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(start) > limit)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }
}
