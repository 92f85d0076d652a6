namespace ParallelNotebooks.Tests.Analysis;

public sealed class AmdahlTests
{
    [Theory]
    [InlineData(0.5, 2, 4.0 / 3)]
    [InlineData(1.0, 8, 8.0)]
    [InlineData(0.0, 128, 1.0)]
    [InlineData(0.9, 1, 1.0)]
    public void Speedup_FractionAndCores_FollowsTheLaw(double p, int cores, double expected)
    {
        Assert.Equal(expected, Amdahl.Speedup(p, cores), 10);
    }

    [Theory]
    [InlineData(0.5, 2)]
    [InlineData(0.9, 8)]
    [InlineData(0.9998, 128)]
    public void ParallelFraction_OfTheLawsSpeedup_GivesTheFractionBack(double p, int cores)
    {
        Assert.Equal(p, Amdahl.ParallelFraction(Amdahl.Speedup(p, cores), cores), 10);
    }

    [Fact]
    public void Limit_NinetyPercent_IsTen()
    {
        Assert.Equal(10.0, Amdahl.Limit(0.9), 10);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Speedup_NotAFraction_ThrowsNamingIt(double p)
    {
        Assert.Equal("parallelFraction", Assert.Throws<ArgumentOutOfRangeException>(() => Amdahl.Speedup(p, 2)).ParamName);
    }

    [Theory]
    [InlineData(0.5, 2)]
    [InlineData(3.0, 2)]
    public void ParallelFraction_SpeedupOutsideOneToCores_ThrowsNamingIt(double speedup, int cores)
    {
        Assert.Equal("speedup", Assert.Throws<ArgumentOutOfRangeException>(() => Amdahl.ParallelFraction(speedup, cores)).ParamName);
    }

    [Fact]
    public void Speedup_NoCores_ThrowsNamingThem()
    {
        Assert.Equal("cores", Assert.Throws<ArgumentOutOfRangeException>(() => Amdahl.Speedup(0.5, 0)).ParamName);
    }

    [Fact]
    public void Speedup_NotAFraction_SaysWhereAFractionLies()
    {
        Assert.Contains("between 0 and 1", Assert.Throws<ArgumentOutOfRangeException>(() => Amdahl.Speedup(1.5, 2)).Message);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Limit_NotAFraction_ThrowsNamingIt(double p)
    {
        Assert.Equal("parallelFraction", Assert.Throws<ArgumentOutOfRangeException>(() => Amdahl.Limit(p)).ParamName);
    }

    [Fact]
    public void Limit_EverythingParallel_IsInfinite()
    {
        Assert.Equal(double.PositiveInfinity, Amdahl.Limit(1.0));
    }

    [Fact]
    public void ParallelFraction_OneCore_ThrowsNamingIt()
    {
        // One core gives no speedup whatever p is, so no fraction follows from it (the formula would divide 0 by 0).
        Assert.Equal("cores", Assert.Throws<ArgumentOutOfRangeException>(() => Amdahl.ParallelFraction(1.0, 1)).ParamName);
    }
}
