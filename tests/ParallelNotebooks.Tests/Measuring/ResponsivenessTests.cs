using ParallelNotebooks.Measuring;

namespace ParallelNotebooks.Tests.Measuring;

public sealed class ResponsivenessTests
{
    private static readonly TimeSpan Work = TimeSpan.FromMilliseconds(300);

    [Fact]
    public void WorstTickDelay_WorkOnTheUiThread_DelaysTicksByTheWholeWork()
    {
        var worst = Responsiveness.WorstTickDelay(() => Thread.Sleep(Work), offload: false);

        // The tick posted just after the work began can only run once the work is over.
        Assert.True(worst >= Work - TimeSpan.FromMilliseconds(30), $"worst tick {worst.TotalMilliseconds} ms");
    }

    [Fact]
    public void WorstTickDelay_WorkOffloaded_KeepsTicksFarBelowTheWork()
    {
        var frozen = Responsiveness.WorstTickDelay(() => Thread.Sleep(Work), offload: false);
        var responsive = Responsiveness.WorstTickDelay(() => Thread.Sleep(Work), offload: true);

        Assert.True(responsive < frozen, $"offloaded {responsive.TotalMilliseconds} ms, on the UI thread {frozen.TotalMilliseconds} ms");
    }

    [Fact]
    public void WorstTickDelay_NullWork_ThrowsNamingIt()
    {
        Assert.Equal("work", Assert.Throws<ArgumentNullException>(() => Responsiveness.WorstTickDelay(null!, offload: true)).ParamName);
    }
}
