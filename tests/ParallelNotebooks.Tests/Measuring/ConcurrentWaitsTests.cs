namespace ParallelNotebooks.Tests.Measuring;

public sealed class ConcurrentWaitsTests
{
    private static readonly IReadOnlyList<(long, string)> NoSystemLimit = [];
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [Fact]
    public void Measure_CountAboveTheCeiling_HoldsEveryCountOnTasksAndStopsThreadsAtTheCeiling()
    {
        var report = ConcurrentWaits.Measure(count: 2_000, maxThreads: 50);

        Assert.Equal([20, 200, 2_000], report.Tasks.Select(t => t.Count));
        Assert.All(report.Tasks, t => Assert.Equal("tasks", t.Strategy));
        Assert.Equal([20, 50], report.Threads.Select(t => t.Count));
        Assert.All(report.Threads, t => Assert.Equal("thread per item", t.Strategy));
        Assert.Equal(50, report.SafeThreadCount);
        Assert.StartsWith("Threads stop at 50: the ceiling this experiment sets (maxThreads = 50)", report.ThreadLimit);
        Assert.All(report.Tasks.Concat(report.Threads), t => Assert.True(t.Wall > TimeSpan.Zero));
    }

    [Fact]
    public void ToTable_HandBuiltReport_ListsTasksThenThreadsWithCostsPerWait()
    {
        var report = new ConcurrentWaitsReport
        {
            Tasks = [new WaitCost("tasks", 100_000, TimeSpan.FromMilliseconds(25), 14_100_000)],
            Threads = [new WaitCost("thread per item", 1_000, TimeSpan.FromMilliseconds(200), 16_000_000)],
            SafeThreadCount = 1_000,
            ThreadLimit = "the ceiling",
        };

        var table = report.ToTable();

        Assert.Equal(["tasks", "thread per item"], table.Column("strategy"));
        Assert.Equal(["100,000", "1,000"], table.Column("waits at once"));
        Assert.Equal(["0.25", "200.00"], table.Column("µs per wait"));
        Assert.Equal(["141", "16000"], table.Column("bytes per wait"));
        Assert.Equal(["14.1", "16.0"], table.Column("memory (MB)"));
    }

    [Fact]
    public void Measure_CountWithinEveryLimit_RunsThreadsAtEveryCount()
    {
        var report = ConcurrentWaits.Measure(count: 300, maxThreads: 1_000);

        Assert.Equal([3, 30, 300], report.Threads.Select(t => t.Count));
        Assert.Equal(300, report.SafeThreadCount);
        Assert.Equal("Threads ran at every count up to 300, within every limit of this machine.", report.ThreadLimit);
    }

    [Fact]
    public void Limit_SystemAllowsFewerThreads_StopsAtHalfOfItSayingWhich()
    {
        var limit = ConcurrentWaits.Limit(100_000, 10_000, Budget, [(6_000, "the system allows 6,000 threads")], lastThreads: null);

        Assert.Equal((3_000, "half the 6,000 threads this machine allows, as the system allows 6,000 threads"), limit);
    }

    [Fact]
    public void Limit_ThreadsWouldTakeTooMuchMemory_StopsWhereAQuarterOfFreeMemoryEnds()
    {
        // A thread said to take a terabyte: the memory limit is the smallest, whatever this machine has.
        var huge = new WaitCost("thread per item", 1, TimeSpan.FromMilliseconds(1), 1L << 40);

        var limit = ConcurrentWaits.Limit(100_000, 10_000, Budget, NoSystemLimit, huge);

        Assert.Equal(1, limit.Threads);
        Assert.Contains("more would take over a quarter of the", limit.Why);
    }

    [Fact]
    public void Limit_NothingBelowTheCount_IsTheCount()
    {
        Assert.Equal((500, ""), ConcurrentWaits.Limit(500, 10_000, Budget, NoSystemLimit, lastThreads: null));
    }

    [Fact]
    public void Limit_ThreadsWouldTakeTooLong_StopsWhereTheBudgetEnds()
    {
        var slow = new WaitCost("thread per item", 1_000, TimeSpan.FromSeconds(2), 1_000);

        var limit = ConcurrentWaits.Limit(100_000, 10_000, Budget, NoSystemLimit, slow);

        Assert.Equal((5_000, "at 2.00 ms a thread (measured at 1,000), more would take over 10 s"), limit);
    }

    [Theory]
    [InlineData(0, 10, 1.0)]
    [InlineData(10, 0, 1.0)]
    [InlineData(10, 10, 0.0)]
    public void Measure_CountOrCeilingBelowOneOrNoTime_Throws(int count, int maxThreads, double budgetSeconds)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConcurrentWaits.Measure(count, maxThreads, TimeSpan.FromSeconds(budgetSeconds)));
    }

    [Fact]
    public void WaitCost_PerWaitFigures_DivideByTheCount()
    {
        var cost = new WaitCost("tasks", 1_000, TimeSpan.FromMilliseconds(2), 100_000);

        Assert.Equal(100.0, cost.BytesPerWait);
        Assert.Equal(2.0, cost.MicrosecondsPerWait, 10);
    }
}
