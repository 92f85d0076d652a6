using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class PredictionTests
{
    private static readonly TimeSpan Measured = TimeSpan.FromSeconds(2);

    [Fact]
    public void Judge_NoPrediction_AsksForOneWithoutShowingTheMeasurement()
    {
        var (outcome, line) = Prediction.Judge("pool time", double.NaN, Measured);

        Assert.Equal(PredictionOutcome.Missing, outcome);
        Assert.StartsWith("[prediction pool time] no prediction yet", line);
        Assert.Contains("write your prediction in the cell above and run both again", line);
        Assert.DoesNotContain("2 s", line);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void Judge_NotATime_AsksAgain(double predicted)
    {
        var (outcome, line) = Prediction.Judge("pool time", predicted, Measured);

        Assert.Equal(PredictionOutcome.Missing, outcome);
        Assert.Contains("run both again", line);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(1.7)]
    [InlineData(2.45)]
    public void Judge_WithinAQuarter_IsClose(double predicted)
    {
        var (outcome, line) = Prediction.Judge("pool time", predicted, Measured);

        Assert.Equal(PredictionOutcome.Close, outcome);
        Assert.Contains($"you said {predicted:0.###} s, measured 2 s", line);
    }

    [Fact]
    public void Judge_FarUnder_SaysTheRunPaidACostLeftOut()
    {
        var (outcome, line) = Prediction.Judge("pool time", 0.5, Measured);

        Assert.Equal(PredictionOutcome.FarUnder, outcome);
        Assert.Contains("4x longer than you thought", line);
    }

    [Fact]
    public void Judge_FarOver_SaysMoreOverlapped()
    {
        var (outcome, line) = Prediction.Judge("pool time", 10, Measured);

        Assert.Equal(PredictionOutcome.FarOver, outcome);
        Assert.Contains("5x shorter than you thought", line);
    }

    [Fact]
    public void Compare_BadArguments_ThrowNamingThem()
    {
        Assert.Equal("what", Assert.Throws<ArgumentException>(() => Prediction.Compare(" ", 1, Measured)).ParamName);
        Assert.Equal("measured", Assert.Throws<ArgumentOutOfRangeException>(() => Prediction.Compare("t", 1, TimeSpan.Zero)).ParamName);
    }
}
