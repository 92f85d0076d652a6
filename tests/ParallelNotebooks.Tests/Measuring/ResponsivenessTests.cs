using System.Diagnostics;

namespace ParallelNotebooks.Tests.Measuring;

public sealed class ResponsivenessTests
{
    private static readonly TimeSpan Work = TimeSpan.FromMilliseconds(600);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(10);

    [Fact]
    public void WorstTickDelay_WorkOnTheUiThread_DelaysTicksByTheWholeWork()
    {
        // The first tick is posted one tick after the work began, or later when the posting thread wakes late, and
        // runs once the work is over. How late a thread wakes on this machine now is measured, not guessed.
        var margin = Tick + 4 * WorstWakeLateness();
        var bound = margin < Work / 2 ? Work - margin : Work / 2;

        var worst = Responsiveness.WorstTickDelay(() => Thread.Sleep(Work), offload: false, Tick);

        Assert.True(worst >= bound, $"worst tick {worst.TotalMilliseconds} ms, expected at least {bound.TotalMilliseconds} ms");
    }

    [Fact]
    public void WorstTickDelay_WorkOffloaded_KeepsTicksFarBelowTheWork()
    {
        var frozen = Responsiveness.WorstTickDelay(() => Thread.Sleep(Work), offload: false, Tick);
        var responsive = Responsiveness.WorstTickDelay(() => Thread.Sleep(Work), offload: true, Tick);

        Assert.True(responsive < frozen, $"offloaded {responsive.TotalMilliseconds} ms, on the UI thread {frozen.TotalMilliseconds} ms");
    }

    [Fact]
    public void WorstTickDelay_NullWork_ThrowsNamingIt()
    {
        Assert.Equal("work", Assert.Throws<ArgumentNullException>(() => Responsiveness.WorstTickDelay(null!, offload: true)).ParamName);
    }

    /// <summary>The most that 20 waits of one tick overslept: this machine's scheduling noise at this moment.</summary>
    private static TimeSpan WorstWakeLateness()
    {
        using var never = new ManualResetEventSlim();
        var worst = TimeSpan.Zero;
        for (var i = 0; i < 20; i++)
        {
            var start = Stopwatch.GetTimestamp();
            never.Wait(Tick);
            var late = Stopwatch.GetElapsedTime(start) - Tick;
            worst = late > worst ? late : worst;
        }

        return worst;
    }
}
