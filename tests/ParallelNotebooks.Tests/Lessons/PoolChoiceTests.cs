using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class PoolChoiceTests
{
    private static readonly TimeSpan Big = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void BigFirst_OneBigItemPerWorkerThenFourSmallOnesEach()
    {
        var mix = PoolChoice.BigFirst(Big);

        Assert.Equal(5 * PoolChoice.MaxWorkers, PoolChoice.Items);
        Assert.Equal(Enumerable.Range(0, PoolChoice.Items).Select(i => i < PoolChoice.MaxWorkers ? "waited 0.1 s" : "waited 0.005 s"),
            Enumerable.Range(0, PoolChoice.Items).Select(i => mix.Run(i)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PoolChoice.BigFirst(TimeSpan.Zero));
    }

    [Fact]
    public async Task RaceAsync_ChunksOfOne_SpreadTheBigItemsAndWin()
    {
        var race = await PoolChoice.RaceAsync(new ProcessPoolOptions { Workers = PoolChoice.MaxWorkers, ChunkSize = 1 }, Big);

        Assert.True(race.YoursWins, race.ToString());
        Assert.Equal(Big * 2, race.DefaultBusiest);
        Assert.InRange(race.YoursBusiest, Big, Big * 1.4);
        Assert.EndsWith("yours wins.", race.ToString());
    }

    [Fact]
    public async Task RaceAsync_TheDefaultsOwnChunks_DoNotWin()
    {
        var race = await PoolChoice.RaceAsync(new ProcessPoolOptions { Workers = PoolChoice.MaxWorkers }, Big);

        Assert.False(race.YoursWins, race.ToString());
        Assert.Equal(race.DefaultBusiest, race.YoursBusiest);
        Assert.Contains("had 1.00x the work of yours; a win needs 1.2x", race.ToString());
    }

    [Fact]
    public async Task RaceAsync_MoreWorkersThanAllowed_DoNotWin()
    {
        var race = await PoolChoice.RaceAsync(new ProcessPoolOptions { Workers = PoolChoice.Items, ChunkSize = 1 }, Big);

        Assert.False(race.YoursWins);
        Assert.EndsWith($"this machine allows {PoolChoice.MaxWorkers}.", race.ToString());
    }

    [Fact]
    public void YoursWins_ARunThatFailed_DoesNot()
    {
        var won = FakeRace(yoursTogether: false, defaultTogether: true);
        var failed = won with { Yours = won.Yours with { Outcome = RunOutcome.Failed, Failure = "worker died" } };

        Assert.True(won.YoursWins);
        Assert.False(failed.YoursWins);
        Assert.EndsWith("A run did not complete: worker died", failed.ToString());
    }

    [Fact]
    public void Busiest_NoItemFinished_IsZero()
    {
        var race = FakeRace(yoursTogether: false, defaultTogether: false);

        Assert.Equal(TimeSpan.Zero, PoolChoice.Busiest(race.Yours with { Completed = [] }, Big));
        Assert.Throws<ArgumentNullException>(() => PoolChoice.Busiest(null!, Big));
    }

    // Items 0 and 1 are both big: a run gives them to one worker, or each to its own.
    private static PoolRace FakeRace(bool yoursTogether, bool defaultTogether)
    {
        RunReport Run(bool together) => new()
        {
            Strategy = "process pool",
            Workload = "uneven",
            ItemCount = 2,
            Workers = 2,
            ProcessorCount = 2,
            StartedAt = DateTimeOffset.UnixEpoch,
            Wall = Big,
            ItemTime = Big,
            Ideal = Big,
            Completed = [new ItemRecord(0, "done", TimeSpan.Zero, Big, "worker 1"), new ItemRecord(1, "done", TimeSpan.Zero, Big, together ? "worker 1" : "worker 2")],
            Unfinished = [],
            Outcome = RunOutcome.Completed,
        };
        return new PoolRace(Run(defaultTogether), Run(yoursTogether), MaxWorkers: 2, Big);
    }
}
