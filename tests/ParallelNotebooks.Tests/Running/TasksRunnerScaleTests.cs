using System.Diagnostics;
using Xunit.Abstractions;

namespace ParallelNotebooks.Tests.Running;

[Collection(nameof(ScaleCollection))]
public sealed class TasksRunnerScaleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RunAsync_TenTimesTheItems_TakesAboutTenTimesAsLong()
    {
        // Linear work gives a ratio near 10, and the quadratic ideal and duplicate check this guards against gave about 100
        // (2.4 s for 50 000 items, and a quadratic part a hundred times as large for 500 000). Garbage collection pauses
        // are left out: a run of 50 000 items needed none while one of 500 000 paused half its time on a loaded machine.
        // Even so the large run's records outgrow the caches: alone on a loaded 2-core machine the ratio read 12 to 28.
        // Hence the best of three runs of each, taken in turns so that a busy moment hits both, and a bound of 50.
        const int Small = 50_000, Large = 500_000;
        await TimeAsync(Small);

        var (small, large) = (double.MaxValue, double.MaxValue);
        for (var i = 0; i < 3; i++)
        {
            small = Math.Min(small, await TimeAsync(Small));
            large = Math.Min(large, await TimeAsync(Large));
        }

        output.WriteLine($"without collection pauses, {Small} items: {small * 1000:0.0} ms; {Large} items: {large * 1000:0.0} ms; ratio {large / small:0.0}");
        Assert.True(large / small < 50, $"{Large} items took {large / small:0.0} times as long as {Small}.");
    }

    /// <summary>Seconds the run took, less the time the garbage collector paused the process meanwhile.</summary>
    private async Task<double> TimeAsync(int items)
    {
        var paused = GC.GetTotalPauseDuration();
        var start = Stopwatch.GetTimestamp();
        var report = await Runners.Tasks().RunAsync(Workload.Io(TimeSpan.Zero), items);
        var seconds = (Stopwatch.GetElapsedTime(start) - (GC.GetTotalPauseDuration() - paused)).TotalSeconds;
        Assert.Equal(RunOutcome.Completed, report.Outcome);
        return seconds;
    }
}
