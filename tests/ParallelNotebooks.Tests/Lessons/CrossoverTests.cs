using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class CrossoverTests
{
    private static readonly TimeSpan TrueCrossover = TimeSpan.FromMilliseconds(4);

    // A model of this machine: one process per item pays a fixed start for each of ten items and one item's length;
    // a pool of two pays less to start and six item lengths; they cross at TrueCrossover.
    private static Race Model(TimeSpan length)
    {
        var perItem = 0.020 + length.TotalSeconds;
        var pool = 0.020 - (5 * TrueCrossover.TotalSeconds) + (6 * length.TotalSeconds);
        return new Race(length, Samples.Of(perItem, perItem), Samples.Of(pool, pool));
    }

    private static Task<Race> Racing(TimeSpan length, List<TimeSpan> raced)
    {
        raced.Add(length);
        return Task.FromResult(Model(length));
    }

    [Theory]
    [InlineData(4.0)]
    [InlineData(8.0)]
    [InlineData(2.0)]
    public async Task CheckAsync_NearTheCrossover_Holds(double foundMs)
    {
        var raced = new List<TimeSpan>();
        var found = TimeSpan.FromMilliseconds(foundMs);

        var check = await Crossover.CheckAsync(found, length => Racing(length, raced));

        Assert.True(check.Holds, check.ToString());
        Assert.Equal([found / Crossover.Margin, found * Crossover.Margin], raced);
        Assert.Contains("that is this machine's crossover", check.ToString());
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(40.0)]
    public async Task CheckAsync_FarFromTheCrossover_DoesNotHold(double foundMs)
    {
        var check = await Crossover.CheckAsync(TimeSpan.FromMilliseconds(foundMs), length => Racing(length, []));

        Assert.False(check.Holds);
        Assert.Contains("the crossover lies elsewhere", check.ToString());
    }

    [Theory]
    [InlineData(0.0, "No length yet")]
    [InlineData(300.0, "300 ms is above 250 ms")]
    public async Task CheckAsync_NoLengthOrTooLong_RacesNothingAndSaysWhy(double foundMs, string why)
    {
        var raced = new List<TimeSpan>();

        var check = await Crossover.CheckAsync(TimeSpan.FromMilliseconds(foundMs), length => Racing(length, raced));

        Assert.Empty(raced);
        Assert.False(check.Holds);
        Assert.StartsWith(why, check.ToString());
    }

    [Fact]
    public void Race_PerItemWins_ComparesMedians()
    {
        var race = new Race(TrueCrossover, Samples.Of(0.010, 0.011, 0.500), Samples.Of(0.020, 0.021, 0.022));

        Assert.True(race.PerItemWins);
        Assert.False((race with { Pool = Samples.Of(0.005) }).PerItemWins);
        Assert.EndsWith("process per item wins", race.ToString());
    }

    [Fact]
    public async Task RaceAsync_BadArguments_Throw()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Crossover.RaceAsync(TimeSpan.FromSeconds(-1), 10));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Crossover.RaceAsync(TrueCrossover, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Crossover.RaceAsync(TrueCrossover, 10, times: 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Crossover.CheckAsync(TrueCrossover, 0));
    }
}
