namespace ParallelNotebooks.Tests.Running;

public sealed class RunnersTests
{
    [Fact]
    public void ProcessPerItem_WorkerNotThere_ThrowsNamingThePath()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Runners.ProcessPerItem(new ProcessOptions { WorkerPath = "no/such/worker" }));

        Assert.Equal("no/such/worker", error.FileName);
        Assert.Contains("WorkerPath", error.Message);
    }

    [Fact]
    public void ProcessPool_WorkerNotThere_ThrowsNamingThePath()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Runners.ProcessPool(new ProcessPoolOptions { WorkerPath = "no/such/worker" }));

        Assert.Equal("no/such/worker", error.FileName);
    }

    public static TheoryData<Func<string, Runner>, string> ProcessRunnersWithWorker => new()
    {
        { path => Runners.ProcessPerItem(new ProcessOptions { WorkerPath = path }), "Could not start a worker process for item 0" },
        { path => Runners.ProcessPool(new ProcessPoolOptions { WorkerPath = path }), "Could not start a worker process for the pool" },
    };

    [Theory]
    [MemberData(nameof(ProcessRunnersWithWorker))]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task RunAsync_WorkerCannotBeStarted_FailsTheRunSayingWhy(Func<string, Runner> create, string failure)
    {
        var notExecutable = Path.GetTempFileName();
        File.SetUnixFileMode(notExecutable, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var report = await create(notExecutable).RunAsync(Workload.Article(TimeSpan.Zero), 3);

        Assert.Equal(RunOutcome.Failed, report.Outcome);
        Assert.StartsWith(failure, report.Failure);
        Assert.Equal([0, 1, 2], report.Unfinished);
        File.Delete(notExecutable);
    }

    [Fact]
    public async Task ProcessPerItem_ManyTinyItems_AllComplete()
    {
        var report = await Runners.ProcessPerItem().RunAsync(Workload.Article(TimeSpan.Zero), 300);

        Assert.Equal(RunOutcome.Completed, report.Outcome);
        Assert.Equal(300, report.Completed.Count);
    }

    [Theory]
    [MemberData(nameof(InvalidInputs.WorkerCounts), MemberType = typeof(InvalidInputs))]
    public void ProcessPoolOptions_WorkersBelowOne_ThrowsNamingThem(int workers)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ProcessPoolOptions { Workers = workers });

        Assert.Equal("Workers", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(InvalidInputs.WorkerCounts), MemberType = typeof(InvalidInputs))]
    public void ProcessPoolOptions_ChunkSizeBelowOne_ThrowsNamingIt(int chunkSize)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ProcessPoolOptions { ChunkSize = chunkSize });

        Assert.Equal("ChunkSize", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(InvalidInputs.Timeouts), MemberType = typeof(InvalidInputs))]
    public void RunnerOptions_TimeoutNotPositive_ThrowsNamingIt(TimeSpan timeout)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RunnerOptions { Timeout = timeout });

        Assert.Equal("Timeout", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void ThreadPoolOptions_MaxDegreeZeroOrBelowMinusOne_ThrowsNamingIt(int degree)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ThreadPoolOptions { MaxDegreeOfParallelism = degree });

        Assert.Equal("MaxDegreeOfParallelism", error.ParamName);
    }

    [Fact]
    public async Task ProcessPool_TwoWorkersChunksOfTwo_IdealIsSixRounds()
    {
        // Python's Pool() on 2 cores maps 10 items in chunks of 2: 5 chunks over 2 workers is 3 rounds of 2 items.
        var runner = Runners.ProcessPool(new ProcessPoolOptions { Workers = 2 });

        var report = await runner.RunAsync(Workload.Article(TimeSpan.FromMilliseconds(20)), 10);

        Assert.Equal(TimeSpan.FromMilliseconds(120), report.Ideal);
        Assert.Equal(2, report.Workers);
        Assert.Equal(2, report.ChunkSize);
        Assert.Equal(2, report.WorkerNames.Count);
    }

    [Fact]
    public async Task ProcessPool_ChunkOfThree_WorkerRunsAChunkBackToBack()
    {
        var runner = Runners.ProcessPool(new ProcessPoolOptions { Workers = 1, ChunkSize = 3 });

        var report = await runner.RunAsync(Workload.Article(TimeSpan.FromMilliseconds(10)), 6);

        Assert.Equal(RunOutcome.Completed, report.Outcome);
        Assert.Single(report.WorkerNames);
        Assert.Equal(3, report.ChunkSize);
        Assert.Equal(Enumerable.Range(0, 6), report.Completed.Select(r => r.Item));
    }

    [Fact]
    public async Task Serial_CanceledMidway_KeepsItemsFinishedBefore()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var report = await Runners.Serial().RunAsync(Workload.Article(TimeSpan.FromMilliseconds(40)), 100, cancel.Token);

        Assert.Equal(RunOutcome.Canceled, report.Outcome);
        Assert.NotEmpty(report.Completed);
        Assert.Equal(Enumerable.Range(0, report.Completed.Count), report.Completed.Select(r => r.Item));
        Assert.Equal(Enumerable.Range(report.Completed.Count, 100 - report.Completed.Count), report.Unfinished);
    }
}
