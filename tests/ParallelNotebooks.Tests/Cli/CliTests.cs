using System.Diagnostics;
using System.Globalization;

namespace ParallelNotebooks.Tests.Cli;

/// <summary>The console entry point, driven as a user drives it: as its own process, stopped with Ctrl+C.</summary>
public sealed class CliTests
{
    // The CLI is built by the same solution build as these tests, in the same configuration.
    private static readonly string CliDll = Path.Combine(
        Repository.Root, "lib", "ParallelNotebooks.Cli", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "ParallelNotebooks.Cli.dll");

    [SkippableFact]
    public async Task Tour_CtrlCWhileWorkersRun_CancelsTheRunAndLeavesNoWorker()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Sending SIGINT and reading /proc need Linux.");
        var output = Directory.CreateTempSubdirectory("pn-cli-");
        // Through env, which gives SIGINT back its default action before it starts the CLI: a shell that runs the tests
        // in the background (`.ci/run &`, nohup) has them ignore SIGINT, and an ignored signal stays ignored across exec,
        // so the CLI would never see the Ctrl+C this test sends. A learner's terminal never ignores it.
        var start = new ProcessStartInfo("env", ["--default-signal=INT", "dotnet", CliDll, "tour", output.FullName])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // Waits a quarter of the article's: the serial run comes first (5 s), then one worker process per item.
        start.Environment["PARALLEL_NOTEBOOKS_SCALE"] = "0.25";
        using var cli = Process.Start(start)!;
        var stdout = cli.StandardOutput.ReadToEndAsync();
        var stderr = cli.StandardError.ReadToEndAsync();
        try
        {
            var workers = await WaitForWorkersAsync(cli.Id, TimeSpan.FromSeconds(60));
            Assert.NotEmpty(workers);

            using (var interrupt = Process.Start("kill", ["-INT", cli.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await cli.WaitForExitAsync(patience.Token);
            Assert.True(cli.ExitCode == 130, $"exit code {cli.ExitCode}; output: {await stdout} {await stderr}");
            Assert.Contains("canceled after", await stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(workers, IsAlive);
        }
        finally
        {
            if (!cli.HasExited)
            {
                cli.Kill(entireProcessTree: true);
            }

            output.Delete(recursive: true);
        }
    }

    /// <summary>The worker processes whose parent is <paramref name="parent"/>, once there is at least one.</summary>
    private static async Task<int[]> WaitForWorkersAsync(int parent, TimeSpan patience)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < patience)
        {
            int[] workers = [.. Directory.EnumerateDirectories("/proc")
                .Select(d => int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var id) ? id : 0)
                .Where(id => id > 0 && ParentOf(id) == parent && CommandLine(id).Contains("ParallelNotebooks.Worker", StringComparison.Ordinal))];
            if (workers.Length > 0)
            {
                return workers;
            }

            await Task.Delay(20);
        }

        return [];
    }

    private static bool IsAlive(int id) => File.Exists($"/proc/{id}/stat") && !ReadOrEmpty($"/proc/{id}/stat").Contains(") Z ", StringComparison.Ordinal);

    private static int ParentOf(int id)
    {
        // /proc/ID/stat: "ID (name) STATE PPID ..."; the name may hold spaces, so read after its closing bracket.
        var stat = ReadOrEmpty($"/proc/{id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var parent) ? parent : 0;
    }

    private static string CommandLine(int id) => ReadOrEmpty($"/proc/{id}/cmdline");

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process ended while we looked.
            return "";
        }
    }
}
