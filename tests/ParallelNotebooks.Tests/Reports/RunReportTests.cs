using ParallelNotebooks.Tests.Fakes;

namespace ParallelNotebooks.Tests.Reports;

public sealed class RunReportTests
{
    [Fact]
    public void InItemOrder_CompletionOrderDiffers_SortsByItem()
    {
        Assert.Equal([0, 1, 2], FakeReports.Pool.InItemOrder.Select(r => r.Item));
        Assert.Equal([1, 0, 2], FakeReports.Pool.Completed.Select(r => r.Item));
    }

    [Fact]
    public void WorkerNames_ListsEachWorkerOnceByFirstStart()
    {
        Assert.Equal(["process 10", "process 11"], FakeReports.Pool.WorkerNames);
    }

    [Fact]
    public void SpeedupOver_Serial_IsWallRatio()
    {
        Assert.Equal(4.0, FakeReports.Pool.SpeedupOver(FakeReports.Serial), 10);
        Assert.Equal(5.0, FakeReports.Pool.IdealSpeedupOver(FakeReports.Serial), 10);
    }

    [Fact]
    public void Efficiency_IsIdealOverWall()
    {
        Assert.Equal(0.8, FakeReports.Pool.Efficiency, 10);
        Assert.Equal(1.0, FakeReports.Serial.Efficiency, 10);
    }

    [Fact]
    public void SpeedupOver_Null_ThrowsNamingIt()
    {
        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => FakeReports.Pool.SpeedupOver(null!)).ParamName);
    }

    [Fact]
    public void MaxConcurrency_OverlappingAndTouchingItems_CountsOnlyTrueOverlap()
    {
        // Items 0 and 1 overlap; item 2 starts the moment item 0 ends, which is not an overlap.
        Assert.Equal(2, FakeReports.Pool.MaxConcurrency);
        Assert.Equal(1, FakeReports.Serial.MaxConcurrency);
    }

    [Fact]
    public void WorkerNames_FinishingOrderDiffers_FollowsFirstStart()
    {
        // b starts first, c next and a last, while they finish a, c, b.
        var report = FakeReports.Report("threads", workers: 3, wall: 3, ideal: 3,
            [FakeReports.Item(2, "even", 2.0, 2.5, "a"), FakeReports.Item(1, "odd", 1.0, 2.8, "c"), FakeReports.Item(0, "zero", 0.0, 3.0, "b")]);

        Assert.Equal(["b", "c", "a"], report.WorkerNames);
    }

    [Fact]
    public void MaxConcurrency_NothingFinished_IsZero()
    {
        Assert.Equal(0, FakeReports.Report("serial", workers: 1, wall: 1, ideal: 1, []).MaxConcurrency);
    }

    [Fact]
    public void ChunkSize_NotSet_IsOne()
    {
        Assert.Equal(1, FakeReports.Serial.ChunkSize);
    }

    [Fact]
    public void IdealSpeedupOver_Null_ThrowsNamingIt()
    {
        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => FakeReports.Pool.IdealSpeedupOver(null!)).ParamName);
    }
}
