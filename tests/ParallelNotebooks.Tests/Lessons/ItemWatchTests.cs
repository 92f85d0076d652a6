using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class ItemWatchTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(50);

    [Fact]
    public void Run_OneAfterAnother_MostAtOnceIsOne()
    {
        var watch = ItemWatch.Of(Workload.Article(TimeSpan.FromMilliseconds(5)));

        var results = Enumerable.Range(0, 4).Select(watch.Run).ToList();

        Assert.Equal(["zero", "odd", "even", "odd"], results);
        Assert.Equal(1, watch.MostAtOnce);
        Assert.True(watch.RanEachOnce(4));
    }

    [Fact]
    public void Run_ThreadsThatWaitTogether_CountsTheOverlap()
    {
        var watch = ItemWatch.Of(i => { Thread.Sleep(Wait); return i * i; });
        using var together = new Barrier(3);

        var threads = Enumerable.Range(0, 3).Select(i => new Thread(() => { together.SignalAndWait(); watch.Run(i); })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        // Three threads released together each wait 50 ms inside a call: at least two are inside at once, even on a
        // loaded machine, unless the system held one back for the whole wait; all three never exceed three.
        Assert.InRange(watch.MostAtOnce, 2, 3);
        Assert.Equal(3, watch.Calls);
    }

    [Fact]
    public async Task RunAsync_AllStartedTogether_CountsEveryOneInFlight()
    {
        var watch = ItemWatch.Of(Workload.Article(Wait));

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(watch.RunAsync));

        // RunAsync counts a call from its start, before its first await: all five are in flight before the first wait ends.
        Assert.Equal(5, watch.MostAtOnce);
        Assert.Equal(["zero", "odd", "even", "odd", "even"], results);
    }

    [Fact]
    public async Task RunAsync_OwnFunction_RunsItOnThePool()
    {
        var watch = ItemWatch.Of(i => Thread.CurrentThread.IsThreadPoolThread ? i : -1);

        Assert.Equal(7, await watch.RunAsync(7));
        Assert.Equal(1, watch.Calls);
    }

    [Fact]
    public void Run_ItemThrows_LeavesTheCallAndRethrows()
    {
        var watch = ItemWatch.Of<int>(i => i == 1 ? throw new InvalidOperationException("item 1") : i);

        Assert.Throws<InvalidOperationException>(() => watch.Run(1));
        watch.Run(0);

        Assert.Equal(1, watch.MostAtOnce);
    }

    [Fact]
    public void Run_RacingTotal_NeverOverlapsAndStaysExact()
    {
        // Lesson 03's exercise as given must never pass its check (exact total with look-ups in flight together): two
        // calls in flight at once both read the total before either wrote it back, so one deposit is overwritten.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var lookUp = ItemWatch.Of(i => { Thread.Sleep(1); return (long)i + 1; });
            long total = 0;

            Parallel.For(0, 100, i => { total += lookUp.Run(i); });

            Assert.False(total == 5050 && lookUp.MostAtOnce > 1, $"attempt {attempt}: exact total {total} with {lookUp.MostAtOnce} look-ups at once");
        }
    }

    [Fact]
    public void Run_AtomicTotal_IsExactWithLookUpsInFlightTogether()
    {
        var lookUp = ItemWatch.Of(i => { Thread.Sleep(1); return (long)i + 1; });
        long total = 0;

        Parallel.For(0, 100, i => Interlocked.Add(ref total, lookUp.Run(i)));

        Assert.Equal(5050, total);
        Assert.True(lookUp.MostAtOnce > 1, "Parallel.For kept one look-up in flight at a time");
        Assert.True(lookUp.RanEachOnce(100));
    }

    [Theory]
    [InlineData(new[] { 0, 1, 2 }, 3, true)]
    [InlineData(new[] { 0, 1 }, 3, false)]
    [InlineData(new[] { 0, 1, 1, 2 }, 3, false)]
    [InlineData(new[] { 0, 1, 2, 3 }, 3, false)]
    [InlineData(new[] { 1, 2, 3 }, 3, false)]
    public void RanEachOnce_Calls_SaysWhetherEachItemRanOnce(int[] items, int count, bool expected)
    {
        var watch = ItemWatch.Of(i => i);
        foreach (var item in items)
        {
            watch.Run(item);
        }

        Assert.Equal(expected, watch.RanEachOnce(count));
    }

    [Fact]
    public void Of_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ItemWatch.Of((Workload)null!));
        Assert.Throws<ArgumentNullException>(() => ItemWatch.Of((Func<int, int>)null!));
    }
}
