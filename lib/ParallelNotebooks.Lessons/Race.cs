
namespace ParallelNotebooks.Lessons;

/// <summary>One process per item against the process pool at one item length, each run a few times (lesson 07).</summary>
/// <param name="ItemLength">How long each item waited.</param>
/// <param name="PerItem">The wall times of one process per item, in seconds.</param>
/// <param name="Pool">The wall times of the pool, in seconds.</param>
public sealed record Race(TimeSpan ItemLength, Samples PerItem, Samples Pool)
{
    /// <summary>Whether one process per item was faster, comparing medians.</summary>
    public bool PerItemWins => PerItem.Median < Pool.Median;

    /// <inheritdoc />
    public override string ToString() =>
        $"items of {ItemLength.TotalMilliseconds,7:0.###} ms: process per item {PerItem.Describe("0.000", "s")}, pool {Pool.Describe("0.000", "s")}: {(PerItemWins ? "process per item" : "the pool")} wins";
}
