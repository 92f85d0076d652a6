using ParallelNotebooks.Tests.Fakes;

namespace ParallelNotebooks.Tests.Analysis;

public sealed class FinishingOrderTests
{
    [Fact]
    public void Of_Report_OrdersByEndTimeNotByListOrder()
    {
        // Item 1 ends at 2.5 s, item 0 at 2.6 s, item 2 at 4.6 s.
        Assert.Equal([1, 0, 2], FinishingOrder.Of(FakeReports.Pool));
        var report = FakeReports.Report("threads", 3, 2, 2,
            [FakeReports.Item(0, "zero", 0, 2.0, "a"), FakeReports.Item(1, "odd", 0, 1.0, "b"), FakeReports.Item(2, "even", 0, 1.5, "c")]);

        Assert.Equal([1, 2, 0], FinishingOrder.Of(report));
    }

    [Fact]
    public void Describe_InItemOrder_SaysSoHonestly()
    {
        Assert.Equal(0, FinishingOrder.OvertakenCount([0, 1, 2]));
        Assert.Contains("in item order this time", FinishingOrder.Describe([0, 1, 2]));
    }

    [Fact]
    public void Describe_OutOfOrder_CountsTheOvertakenItems()
    {
        Assert.Equal(2, FinishingOrder.OvertakenCount([2, 0, 1]));
        Assert.Contains("out of item order (2 items", FinishingOrder.Describe([2, 0, 1]));
    }

    [Fact]
    public void Of_ItemsEndingTogether_BreaksTiesByItemNumber()
    {
        var report = FakeReports.Report("threads", 3, 2, 2,
            [FakeReports.Item(2, "even", 0, 1.0, "a"), FakeReports.Item(1, "odd", 0, 2.0, "b"), FakeReports.Item(0, "zero", 0, 1.0, "c")]);

        Assert.Equal([0, 2, 1], FinishingOrder.Of(report));
    }

    [Fact]
    public void Of_Null_ThrowsNamingIt()
    {
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => FinishingOrder.Of(null!)).ParamName);
    }

    [Fact]
    public void OvertakenCount_Null_ThrowsNamingIt()
    {
        Assert.Equal("order", Assert.Throws<ArgumentNullException>(() => FinishingOrder.OvertakenCount(null!)).ParamName);
    }

    [Fact]
    public void OvertakenCount_SameNumberAgain_IsNotOvertaken()
    {
        // Only a higher-numbered item finishing first counts; an equal number is no overtaking.
        Assert.Equal(0, FinishingOrder.OvertakenCount([1, 1, 2]));
    }

    [Fact]
    public void Describe_OneOvertaken_SaysItemInTheSingular()
    {
        Assert.Equal("1 0 2: out of item order (1 item finished after a higher-numbered one)", FinishingOrder.Describe([1, 0, 2]));
    }
}
