using ParallelNotebooks.Analysis;

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
}
