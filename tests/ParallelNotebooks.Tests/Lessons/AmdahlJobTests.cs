using ParallelNotebooks.Lessons;
using ParallelNotebooks.Tests.Running;

namespace ParallelNotebooks.Tests.Lessons;

/// <summary>The job's waits resume on the thread pool, which blocking tests beside them would starve: these run alone.</summary>
[Collection(nameof(ScaleCollection))]
public sealed class AmdahlJobTests
{
    private static readonly AmdahlJob Job = new(TimeSpan.FromMilliseconds(100), 4, TimeSpan.FromMilliseconds(50));

    // .NET's timers count whole milliseconds, so each wait can end up to 1 ms before its time as a stopwatch sees it;
    // a run waits at most five times in a row (the serial part and four items on one worker).
    private static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(5);

    // Amdahl's law for this job, written from its parts: what a learner's prediction should come to.
    private static TimeSpan Model(int workers) => Job.Serial + Job.ItemWait * Math.Ceiling((double)Job.Items / workers);

    [Fact]
    public async Task RunAsync_OneWorkerThenAll_TakesTheSerialPartPlusItsRounds()
    {
        var one = await Job.RunAsync(1);
        var four = await Job.RunAsync(4);

        Assert.InRange(one, Model(1) - TimerSlack, Model(1) * 2);
        Assert.True(four >= Model(4) - TimerSlack, $"{four.TotalMilliseconds} ms on 4 workers, model {Model(4).TotalMilliseconds} ms");
        Assert.True(four < one, $"{four.TotalMilliseconds} ms on 4 workers, {one.TotalMilliseconds} ms on 1");
    }

    [Fact]
    public async Task CheckAsync_AmdahlsPrediction_IsCloseAtEveryCount()
    {
        var checks = await Job.CheckAsync(Model, [2, 4]);

        Assert.Equal([2, 4], checks.Select(c => c.Workers));
        Assert.All(checks, c => Assert.True(c.Close, c.ToString()));
    }

    [Fact]
    public async Task CheckAsync_IdealSpeedupPrediction_IsOff()
    {
        var one = Model(1);

        var checks = await Job.CheckAsync(workers => one / workers, [4]);

        Assert.False(Assert.Single(checks).Close);
    }

    [Fact]
    public async Task CheckAsync_PredictionThrows_CountsAsZero()
    {
        var checks = await Job.CheckAsync(_ => TimeSpan.FromSeconds(1) * double.NaN, [4]);

        Assert.Equal(TimeSpan.Zero, Assert.Single(checks).Predicted);
        Assert.False(checks[0].Close);
    }

    [Fact]
    public async Task BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AmdahlJob(TimeSpan.FromSeconds(-1), 4, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AmdahlJob(TimeSpan.Zero, 0, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AmdahlJob(TimeSpan.Zero, 4, TimeSpan.FromSeconds(-1)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Job.RunAsync(0));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Job.CheckAsync(null!, [1]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Job.CheckAsync(Model, [2, 0]));
    }

    [Fact]
    public void WithHiddenParts_SixteenItemsAndASerialShareFromFifteenToThirtyFivePercent()
    {
        var oneWorker = TimeSpan.FromSeconds(2);

        var jobs = Enumerable.Range(0, 50).Select(_ => AmdahlJob.WithHiddenParts(oneWorker)).ToList();

        Assert.All(jobs, job =>
        {
            Assert.Equal(16, job.Items);
            Assert.InRange(job.Serial / oneWorker, 0.15, 0.35);
            Assert.Equal(oneWorker.TotalSeconds, (job.Serial + (job.ItemWait * job.Items)).TotalSeconds, precision: 5);
        });
        Assert.True(jobs.Select(j => j.Serial).Distinct().Count() > 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => AmdahlJob.WithHiddenParts(TimeSpan.Zero));
    }

    [Theory]
    [InlineData(1.0, 1.0, true)]
    [InlineData(1.0, 1.4, true)]
    [InlineData(1.4, 1.0, true)]
    [InlineData(1.0, 1.45, false)]
    [InlineData(1.45, 1.0, false)]
    [InlineData(0.0, 1.0, false)]
    public void JobPrediction_Close_WithinFortyPercentEitherWay(double predicted, double measured, bool close)
    {
        Assert.Equal(close, new JobPrediction(4, TimeSpan.FromSeconds(predicted), TimeSpan.FromSeconds(measured)).Close);
    }
}
