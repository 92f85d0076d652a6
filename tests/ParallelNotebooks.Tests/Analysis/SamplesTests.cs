using ParallelNotebooks.Analysis;

namespace ParallelNotebooks.Tests.Analysis;

public sealed class SamplesTests
{
    [Fact]
    public void Median_OddAndEvenCounts_IsTheMiddle()
    {
        Assert.Equal(2.0, Samples.Of(3, 1, 2).Median);
        Assert.Equal(2.5, Samples.Of(4, 1, 2, 3).Median);
    }

    [Fact]
    public void Spread_Values_IsLargestMinusSmallest()
    {
        var samples = Samples.Of(1.5, 1.0, 2.0);

        Assert.Equal(1.0, samples.Min);
        Assert.Equal(2.0, samples.Max);
        Assert.Equal(1.0, samples.Spread);
    }

    [Fact]
    public void Constructor_NoneOrNotFinite_Throws()
    {
        Assert.Throws<ArgumentException>(() => Samples.Of());
        Assert.Throws<ArgumentException>(() => Samples.Of(1, double.NaN));
    }

    [Fact]
    public void Compare_RangesApart_SaysWhichIsLower()
    {
        Assert.Equal(Difference.FirstLower, Samples.Compare(Samples.Of(1.0, 1.1), Samples.Of(2.0, 2.1)));
        Assert.Equal(Difference.FirstHigher, Samples.Compare(Samples.Of(2.0, 2.1), Samples.Of(1.0, 1.1)));
    }

    [Fact]
    public void Compare_RangesOverlap_IsNoDifference()
    {
        Assert.Equal(Difference.None, Samples.Compare(Samples.Of(1.0, 1.5), Samples.Of(1.4, 2.0)));
    }

    [Fact]
    public void Compare_ApartButWithinTheMargin_IsNoDifference()
    {
        // 1.00 against 1.04: the ranges miss each other, but 4 % is inside the 5 % margin.
        Assert.Equal(Difference.None, Samples.Compare(Samples.Of(1.00), Samples.Of(1.04)));
        Assert.Equal(Difference.FirstLower, Samples.Compare(Samples.Of(1.00), Samples.Of(1.06)));
    }

    [Fact]
    public void Describe_OneOrMoreRuns_ShowsMedianAndSpread()
    {
        Assert.Equal("1.50 s", Samples.Of(1.5).Describe(unit: "s"));
        Assert.Equal("2.00 x (1.00 to 3.00, 3 runs)", Samples.Of(1, 3, 2).Describe(unit: "x"));
    }

    [Fact]
    public void Equals_SameValues_AreEqual()
    {
        Assert.Equal(Samples.Of(1, 2), Samples.Of(1, 2));
        Assert.NotEqual(Samples.Of(1, 2), Samples.Of(2, 1));
    }
}
