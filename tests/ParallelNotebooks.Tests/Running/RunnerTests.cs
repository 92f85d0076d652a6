using System.Diagnostics;
using ParallelNotebooks.Tests.Workloads;

namespace ParallelNotebooks.Tests.Running;

/// <summary>What every runner must do, whatever its strategy. Each runner's test class derives from this.</summary>
public abstract class RunnerTests
{
    private const int Items = 10;
    private static readonly TimeSpan ShortWait = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongWait = TimeSpan.FromSeconds(60);

    /// <summary>Whether the strategy runs items at the same time.</summary>
    protected abstract bool RunsInParallel { get; }

    /// <summary>Whether the strategy starts child processes.</summary>
    protected virtual bool StartsProcesses => false;

    /// <summary>
    /// Whether the strategy runs a learner's own code: a function in this process (in-process runners) or a worker file
    /// (process runners). A runner that rebuilds workloads from their text elsewhere (the cluster) refuses both.
    /// </summary>
    protected virtual bool RunsOwnCode => true;

    /// <summary>Creates the runner under test, with <paramref name="timeout"/> as its run timeout.</summary>
    protected abstract Runner Create(TimeSpan timeout);

    private Runner Create() => Create(Timeout.InfiniteTimeSpan);

    [Fact]
    public async Task RunAsync_ArticleItems_ReturnArticleAnswersOncePerItem()
    {
        var report = await Create().RunAsync(Workload.Article(ShortWait), Items);

        Assert.Equal(RunOutcome.Completed, report.Outcome);
        Assert.Null(report.Failure);
        Assert.Empty(report.Unfinished);
        Assert.Equal(Enumerable.Range(0, Items), report.InItemOrder.Select(r => r.Item));
        Assert.All(report.Completed, r => Assert.Equal(ArticleAnswer(r.Item), r.Result));
        Assert.Equal(Items, report.ItemCount);
        AssertNoProcessLeft(report);
    }

    [Fact]
    public async Task RunAsync_ArticleItems_TimelineShowsOverlapOnlyWhenParallel()
    {
        var report = await Create().RunAsync(Workload.Article(TimeSpan.FromMilliseconds(200)), 4);

        var overlapping =
            from a in report.Completed
            from b in report.Completed
            where a.Item < b.Item && a.Worker != b.Worker && a.Start < b.End && b.Start < a.End
            select (a, b);
        Assert.Equal(RunsInParallel, overlapping.Any());
        Assert.Equal(RunsInParallel, report.WorkerNames.Count > 1);
        Assert.All(report.Completed, r => Assert.True(r.Start >= TimeSpan.Zero && r.End > r.Start && r.End <= report.Wall));
    }

    [Fact]
    public async Task RunAsync_ArticleItems_IdealFollowsTheStrategy()
    {
        var report = await Create().RunAsync(Workload.Article(ShortWait), Items);

        Assert.Equal(ShortWait, report.ItemTime);
        Assert.InRange(report.Ideal, ShortWait, ShortWait * Items);
        Assert.Equal(RunsInParallel, report.Ideal < ShortWait * Items);
    }

    [Fact]
    public async Task RunAsync_CpuBoundItems_CountPrimes()
    {
        var report = await Create().RunAsync(Workload.CpuBound(20_000), 4);

        Assert.Equal(RunOutcome.Completed, report.Outcome);
        Assert.All(report.Completed, r => Assert.Equal("2262 primes", r.Result));
        Assert.True(report.ItemTime > TimeSpan.Zero);
    }

    [Fact]
    public async Task RunAsync_NullWorkload_ThrowsNamingIt()
    {
        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => Create().RunAsync(null!, Items));

        Assert.Equal("workload", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(InvalidInputs.ItemCounts), MemberType = typeof(InvalidInputs))]
    public async Task RunAsync_ItemsBelowOne_ThrowsNamingThem(int items)
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Create().RunAsync(Workload.Article(ShortWait), items));

        Assert.Equal("items", error.ParamName);
    }

    [Fact]
    public async Task RunAsync_FailingItem_StopsAndKeepsFinishedItems()
    {
        var workload = Workload.FailingAt(Items - 1, after: TimeSpan.FromSeconds(1), Workload.Article(ShortWait));

        var report = await Create().RunAsync(workload, Items);

        Assert.Equal(RunOutcome.Failed, report.Outcome);
        Assert.Contains($"{Items - 1}", report.Failure);
        Assert.Equal([Items - 1], report.Unfinished);
        Assert.Equal(Enumerable.Range(0, Items - 1), report.InItemOrder.Select(r => r.Item));
        Assert.All(report.Completed, r => Assert.Equal(ArticleAnswer(r.Item), r.Result));
        AssertNoProcessLeft(report);
    }

    [Fact]
    public async Task RunAsync_PastTimeout_StopsEveryItemAndReportsTimeout()
    {
        var report = await Create(TimeSpan.FromMilliseconds(500)).RunAsync(Workload.Article(LongWait), Items);

        Assert.Equal(RunOutcome.TimedOut, report.Outcome);
        Assert.Contains("timeout", report.Failure);
        AssertEveryItemAccountedFor(report);
        Assert.True(report.Wall < LongWait);
        AssertNoProcessLeft(report);
    }

    [Fact]
    public async Task RunAsync_Canceled_StopsEveryItemAndReportsCancel()
    {
        // The runner first, then the clock: creating a process runner finds and probes the worker, which on a loaded
        // machine can take most of the half second, and a cancel before any worker starts tests nothing.
        var runner = Create();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        var report = await runner.RunAsync(Workload.Article(LongWait), Items, cancel.Token);

        Assert.Equal(RunOutcome.Canceled, report.Outcome);
        AssertEveryItemAccountedFor(report);
        Assert.True(report.Wall < LongWait);
        AssertNoProcessLeft(report);
    }

    [Fact]
    public async Task RunAsync_ProgressHandlerThrows_FailsNamingTheHandlerAndKeepsFinishedItems()
    {
        // Thrown on a worker thread, such an exception would end the process: in a notebook, the kernel.
        var report = await Create().RunAsync(Workload.Article(ShortWait), Items, new ThrowingProgress());

        Assert.Equal(RunOutcome.Failed, report.Outcome);
        Assert.Equal("The progress handler threw InvalidOperationException: the handler failed on purpose", report.Failure);
        Assert.NotEmpty(report.Completed);
        Assert.Equal(Enumerable.Range(0, Items), report.Completed.Select(r => r.Item).Concat(report.Unfinished).Order());
        AssertNoProcessLeft(report);
    }

    [Fact]
    public async Task RunAsync_OwnWorkOnFiles_RecordsEachInputWithItsResult()
    {
        // A learner's job: count the words of each file. In-process runners call the function; process runners start
        // lesson 12's worker file, which holds the same function.
        var (folder, files) = TestWorkers.TextFiles("the cat and the hat", "one", "a b c the the the", "it's a dog's life");
        try
        {
            var function = Workload.Create("count words", files, TestWorkers.CountWords, usesCpu: true);
            var inWorkers = TestWorkers.WordCount.Workload("count words", files, usesCpu: true);
            if (!RunsOwnCode)
            {
                Assert.Equal("workload", (await Assert.ThrowsAsync<ArgumentException>(() => Create().RunAsync(function, files.Length))).ParamName);
                Assert.Equal("workload", (await Assert.ThrowsAsync<ArgumentException>(() => Create().RunAsync(inWorkers, files.Length))).ParamName);
                return;
            }

            var workload = StartsProcesses ? inWorkers : function;
            var report = await Create().RunAsync(workload, files.Length);

            Assert.Equal(RunOutcome.Completed, report.Outcome);
            Assert.Equal(files, report.InItemOrder.Select(r => r.Input));
            Assert.Equal(["5 words, 'the' 2 times", "1 words, 'one' 1 times", "6 words, 'the' 3 times", "4 words, 'it's' 1 times"],
                report.InItemOrder.Select(r => r.Result));
            Assert.True(report.ItemTime > TimeSpan.Zero);
            AssertNoProcessLeft(report);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string ArticleAnswer(int item) => item == 0 ? "zero" : item % 2 == 0 ? "even" : "odd";

    private static void AssertEveryItemAccountedFor(RunReport report)
    {
        var seen = report.Completed.Select(r => r.Item).Concat(report.Unfinished).Order();
        Assert.Equal(Enumerable.Range(0, report.ItemCount), seen);
        Assert.NotEmpty(report.Unfinished);
    }

    private void AssertNoProcessLeft(RunReport report)
    {
        Assert.Equal(StartsProcesses, report.ProcessIds.Count > 0);
        foreach (var id in report.ProcessIds)
        {
            Assert.False(IsRunning(id), $"Process {id} outlived the run.");
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            // The name check keeps a process id the system has since given to another program from counting.
            using var process = Process.GetProcessById(processId);
            var isWorker = process.ProcessName.StartsWith("ParallelNotebooks", StringComparison.Ordinal) || process.ProcessName is "dotnet" or "WordCount";
            return isWorker && !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>A handler that throws on the first item it is told of, as a learner's buggy display might.</summary>
    private sealed class ThrowingProgress : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            throw new InvalidOperationException("the handler failed on purpose");
        }
    }
}
