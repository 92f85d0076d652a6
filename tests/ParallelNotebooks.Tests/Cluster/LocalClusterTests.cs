using System.Diagnostics;
using ParallelNotebooks.Cluster;
using ParallelNotebooks.Reports;
using ParallelNotebooks.Workloads;

namespace ParallelNotebooks.Tests.Cluster;

public sealed class LocalClusterTests
{
    [Fact]
    public async Task Runner_SiloKilledMidRun_EveryItemCompletesExactlyOnceElsewhere()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 3, responseTimeout: TimeSpan.FromSeconds(5));
        var victim = cluster.SiloProcessIds[1];

        var run = cluster.Runner().RunAsync(Workload.Article(TimeSpan.FromSeconds(2)), 9);
        await Task.Delay(TimeSpan.FromMilliseconds(700));
        cluster.KillSilo(1);
        var report = await run;

        Assert.True(report.Outcome == RunOutcome.Completed, report.Failure);
        Assert.Equal(Enumerable.Range(0, 9), report.Completed.Select(r => r.Item).Order());
        Assert.DoesNotContain($"silo {victim}", report.WorkerNames);
        Assert.Equal(2, report.WorkerNames.Count);
    }

    [Fact]
    public async Task Runner_ArticleItems_SpreadOverEverySilo()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 3);

        var report = await cluster.Runner().RunAsync(Workload.Article(TimeSpan.FromMilliseconds(200)), 9);

        Assert.Equal(RunOutcome.Completed, report.Outcome);
        Assert.Equal(cluster.SiloProcessIds.Select(id => $"silo {id}").Order(), report.WorkerNames.Order());
    }

    [Fact]
    public async Task DisposeAsync_Cluster_LeavesNoSiloBehind()
    {
        var cluster = await LocalCluster.StartAsync(silos: 2);
        var silos = cluster.SiloProcessIds;

        await cluster.DisposeAsync();

        Assert.All(silos, id => Assert.False(IsRunning(id), $"silo {id} outlived its cluster"));
    }

    [Fact]
    public async Task Silo_StartersInputCloses_SiloStopsByItself()
    {
        // What happens when a notebook kernel that started a cluster dies: the silo's standard input closes.
        var silo = Path.Combine(AppContext.BaseDirectory, "ParallelNotebooks.Silo.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [silo, "silo", "0", "0", "0"]) { RedirectStandardInput = true, RedirectStandardOutput = true })!;

        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(limit.Token);

        Assert.True(process.HasExited);
    }

    [Fact]
    public async Task StartAsync_NoSilos_ThrowsNamingThem()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => LocalCluster.StartAsync(silos: 0));

        Assert.Equal("silos", error.ParamName);
    }

    private static bool IsRunning(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
