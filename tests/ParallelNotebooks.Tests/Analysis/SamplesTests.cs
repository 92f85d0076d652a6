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

    [Fact]
    public void Constructor_Null_ThrowsNamingIt()
    {
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => new Samples(null!)).ParamName);
    }

    [Fact]
    public void Constructor_None_SaysWhatIsNeeded()
    {
        Assert.Contains("at least one measurement", Assert.Throws<ArgumentException>(() => Samples.Of()).Message);
    }

    [Fact]
    public void Compare_RangesTouch_IsNoDifference()
    {
        // 1 to 2 against 2 to 3: they share the value 2, whichever comes first.
        Assert.Equal(Difference.None, Samples.Compare(Samples.Of(1, 2), Samples.Of(2, 3)));
        Assert.Equal(Difference.None, Samples.Compare(Samples.Of(2, 3), Samples.Of(1, 2)));
    }

    [Fact]
    public void Compare_OneRangeInsideTheOther_IsNoDifference()
    {
        Assert.Equal(Difference.None, Samples.Compare(Samples.Of(1, 3), Samples.Of(1.5, 2)));
        Assert.Equal(Difference.None, Samples.Compare(Samples.Of(1.5, 2), Samples.Of(1, 3)));
    }

    [Fact]
    public void Compare_GapExactlyTheMargin_IsNoDifference()
    {
        // 1 against 2 with a margin of half the larger median: the gap of 1 is exactly the margin.
        Assert.Equal(Difference.None, Samples.Compare(Samples.Of(1), Samples.Of(2), margin: 0.5));
    }

    [Fact]
    public void Compare_LargeFigures_MarginIsAShareOfTheLargerMedian()
    {
        // 100 against 104 is 4 %, inside 5 %; 1 against 1.9 is within half of 1.9 but not within half of 1.
        Assert.Equal(Difference.None, Samples.Compare(Samples.Of(100), Samples.Of(104)));
        Assert.Equal(Difference.None, Samples.Compare(Samples.Of(1), Samples.Of(1.9), margin: 0.5));
    }

    [Fact]
    public void Compare_BadArguments_ThrowNamingThem()
    {
        var one = Samples.Of(1);

        Assert.Equal("first", Assert.Throws<ArgumentNullException>(() => Samples.Compare(null!, one)).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentNullException>(() => Samples.Compare(one, null!)).ParamName);
        Assert.Equal("margin", Assert.Throws<ArgumentOutOfRangeException>(() => Samples.Compare(one, Samples.Of(2), -0.1)).ParamName);
    }

    [Fact]
    public void Describe_NoUnit_IsJustTheNumbers()
    {
        Assert.Equal("1.50", Samples.Of(1.5).Describe());
        Assert.Equal("2.00 (1.00 to 3.00, 3 runs)", Samples.Of(1, 3, 2).ToString());
    }
}
