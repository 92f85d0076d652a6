using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class BenchmarkDataTests
{
    [Fact]
    public void Parse_ColumnsMovedAndAdded_ReadsEachFigureByName()
    {
        const string Csv = "date,extra,cores,figure,unit,measured,verdict,os\n2026-11-26,x,2,\"start, one worker\",ms,2.25,-,Linux\n";

        var figure = Assert.Single(BenchmarkData.Parse(Csv));

        Assert.Equal(new BenchmarkFigure("start, one worker", 2.25, "ms", "-", 2, "Linux", "2026-11-26"), figure);
    }

    [Fact]
    public void Parse_MissingColumn_ThrowsFormatExceptionNamingIt()
    {
        var error = Assert.Throws<FormatException>(() => BenchmarkData.Parse("figure,measured\nx,1\n"));

        Assert.Contains("'unit'", error.Message);
    }

    [Fact]
    public void Load_CommittedFiles_EveryFigureHasCoresAndDate()
    {
        var figures = BenchmarkData.Load();

        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.True(f.Cores > 0 && f.Date.Length == 10, f.ToString()));
    }
}
