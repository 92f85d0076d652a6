using System.Diagnostics;
using ParallelNotebooks.Reports;
using ParallelNotebooks.Running;
using ParallelNotebooks.Workloads;

namespace ParallelNotebooks.Tests.Running;

public sealed class TasksRunnerTests : RunnerTests
{
    protected override bool RunsInParallel => true;

    protected override Runner Create(TimeSpan timeout) => Runners.Tasks(new RunnerOptions { Timeout = timeout });

    [Fact]
    public async Task RunAsync_TwentyTimesTheItems_TakesAboutTwentyTimesAsLong()
    {
        // Linear work gives a ratio near 20 (less, as fixed costs weigh more in the small run); the quadratic
        // ideal and duplicate check this guards against gave about 180. The best of three runs damps a loaded machine.
        const int Small = 5_000, Large = 100_000;
        await TimeAsync(Small);

        var ratio = await BestOfThreeAsync(Large) / await BestOfThreeAsync(Small);

        Assert.True(ratio < 40, $"{Large} items took {ratio:0.0} times as long as {Small}.");
    }

    private async Task<double> BestOfThreeAsync(int items) =>
        Math.Min(await TimeAsync(items), Math.Min(await TimeAsync(items), await TimeAsync(items)));

    private async Task<double> TimeAsync(int items)
    {
        var start = Stopwatch.GetTimestamp();
        var report = await Create(Timeout.InfiniteTimeSpan).RunAsync(Workload.Io(TimeSpan.Zero), items);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Assert.Equal(RunOutcome.Completed, report.Outcome);
        return seconds;
    }
}
