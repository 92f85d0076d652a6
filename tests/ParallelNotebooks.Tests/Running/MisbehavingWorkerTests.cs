using System.Diagnostics;

namespace ParallelNotebooks.Tests.Running;

/// <summary>
/// Workers that break the protocol, played by small shell scripts given as <see cref="ProcessOptions.WorkerPath"/>:
/// whatever they write, a run ends with a report, never an exception or a hang.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class MisbehavingWorkerTests : IDisposable
{
    // Long enough that a run which waits for a worker's exit is caught out, short enough to fail fast before a fix.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly string _folder = Directory.CreateTempSubdirectory("misbehaving-worker-").FullName;

    [Fact]
    public async Task ProcessPool_WorkerWritesLineThatIsNotAResult_FailsNamingWorkerAndLine()
    {
        var worker = Script("read chunk; echo 'hello from a stray print'; sleep 30");
        var runner = Runners.ProcessPool(new ProcessPoolOptions { WorkerPath = worker, Workers = 2, Timeout = Timeout });

        var report = await runner.RunAsync(Workload.Article(TimeSpan.Zero), 4);

        Assert.Equal(RunOutcome.Failed, report.Outcome);
        Assert.Contains("hello from a stray print", report.Failure);
        Assert.Matches(@"worker process \d+ wrote", report.Failure);
        Assert.True(report.Wall < Timeout / 2, $"The run took {report.Wall}.");
    }

    [Fact]
    public async Task ProcessPool_WorkerDiesBeforeItsChunk_FailsWithItsExitCode()
    {
        var worker = Script("echo 'cannot start' >&2; exit 7");
        var runner = Runners.ProcessPool(new ProcessPoolOptions { WorkerPath = worker, Workers = 2, Timeout = Timeout });

        var report = await runner.RunAsync(Workload.Article(TimeSpan.Zero), 4);

        Assert.Equal(RunOutcome.Failed, report.Outcome);
        Assert.Contains("exited with code 7", report.Failure);
        Assert.Contains("cannot start", report.Failure);
    }

    [Fact]
    public async Task ProcessPool_WorkerSendsResultOfAnotherItem_FailsInsteadOfCreditingIt()
    {
        var worker = Script("""read chunk; printf '99\t1\t2\t%s\tzero\n' $$; sleep 30""");
        var runner = Runners.ProcessPool(new ProcessPoolOptions { WorkerPath = worker, Workers = 1, Timeout = Timeout });

        var report = await runner.RunAsync(Workload.Article(TimeSpan.Zero), 2);

        Assert.Equal(RunOutcome.Failed, report.Outcome);
        Assert.Empty(report.Completed);
        Assert.Contains("not the result of item 0", report.Failure);
    }

    [Fact]
    public async Task ProcessPerItem_WorkerWritesMoreAfterItsResult_KeepsResultsAndFailsNamingTheOutput()
    {
        var worker = Script("""printf '%s\t1\t2\t%s\tzero\n' "$3" $$; echo 'more than asked'; sleep 30""");
        var runner = Runners.ProcessPerItem(new ProcessOptions { WorkerPath = worker, Timeout = Timeout });

        var report = await runner.RunAsync(Workload.Article(TimeSpan.Zero), 2);

        Assert.Equal(RunOutcome.Failed, report.Outcome);
        Assert.Contains("more than asked", report.Failure);
        Assert.Contains("one line per item", report.Failure);
        Assert.NotEmpty(report.Completed);
        Assert.True(report.Wall < Timeout / 2, $"The run took {report.Wall}.");
        AssertGone(report);
    }

    [Fact]
    public async Task ProcessPerItem_WorkerStaysAfterItsResult_CompletesAndKillsIt()
    {
        var worker = Script("""printf '%s\t1\t2\t%s\tzero\n' "$3" $$; exec sleep 60""");
        var runner = Runners.ProcessPerItem(new ProcessOptions { WorkerPath = worker, Timeout = Timeout });

        var report = await runner.RunAsync(Workload.Article(TimeSpan.Zero), 2);

        Assert.Equal(RunOutcome.Completed, report.Outcome);
        Assert.Equal([0, 1], report.InItemOrder.Select(r => r.Item));
        Assert.True(report.Wall < Timeout / 2, $"The run took {report.Wall}.");
        AssertGone(report);
    }

    [Fact]
    public async Task ProcessPerItem_WorkerWritesSomethingElseInstead_FailsNamingIt()
    {
        var worker = Script("echo 'Usage: something else'");
        var runner = Runners.ProcessPerItem(new ProcessOptions { WorkerPath = worker, Timeout = Timeout });

        var report = await runner.RunAsync(Workload.Article(TimeSpan.Zero), 1);

        Assert.Equal(RunOutcome.Failed, report.Outcome);
        Assert.Contains("Usage: something else", report.Failure);
        Assert.Contains("not its result", report.Failure);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void AssertGone(RunReport report)
    {
        foreach (var id in report.ProcessIds)
        {
            Assert.False(IsRunning(id), $"Process {id} outlived the run.");
        }
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

    /// <summary>A stand-in worker: a shell script that gets the worker's arguments (SPEC MODE [ITEM]).</summary>
    private string Script(string body)
    {
        var path = Path.Combine(_folder, $"worker-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
