using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class SlowServiceTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void Call_Blocking_RepliesAndCountsABlockingCall()
    {
        var service = new SlowService(Wait);

        var reply = service.Call(7);

        Assert.Equal("reply 7", reply);
        Assert.Equal((1, 0, 1), (service.BlockingCalls, service.AsyncCalls, service.PeakWaits));
    }

    [Fact]
    public async Task CallAsync_ManyAtOnce_PeakCountsThemAll()
    {
        var service = new SlowService(TimeSpan.FromMilliseconds(200));

        var replies = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => service.CallAsync(i)));

        Assert.Equal(Enumerable.Range(0, 10).Select(SlowService.Reply), replies);
        Assert.Equal((0, 10, 10), (service.BlockingCalls, service.AsyncCalls, service.PeakWaits));
    }

    [Fact]
    public async Task CallAsync_OneAfterAnother_PeakIsOne()
    {
        var service = new SlowService(Wait);

        await service.CallAsync(0);
        await service.CallAsync(1);

        Assert.Equal(1, service.PeakWaits);
        Assert.Equal("2 calls (0 blocking, 2 awaited), at most 1 waiting at once", service.ToString());
    }

    [Fact]
    public async Task CallAsync_Canceled_ThrowsAndStopsWaiting()
    {
        var service = new SlowService(TimeSpan.FromMinutes(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.CallAsync(0, new CancellationToken(canceled: true)));
        await service.CallAsync(0, new CancellationTokenSource(TimeSpan.FromMilliseconds(10)).Token).ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.Equal(1, service.PeakWaits);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_NotAPositiveWait_Throws(int milliseconds)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlowService(TimeSpan.FromMilliseconds(milliseconds)));
    }
}
