using ParallelNotebooks.Tests.Fakes;

namespace ParallelNotebooks.Tests.Exporters;

public sealed class ExporterTests
{
    [Fact]
    public void Table_SerialAndPool_TitleThenOnePaddedRowPerRunWithRatios()
    {
        var lines = MarkdownExporter.Table(FakeReports.Serial, [FakeReports.Serial, FakeReports.Pool]).TrimEnd().Split('\n');

        Assert.Equal(6, lines.Length);
        Assert.Equal("**Against serial (article item (2 s wait), 3 items, 2 cores)**", lines[0]);
        Assert.Equal("| strategy     | workers | wall (s) | ideal (s) | wall / ideal | speedup | ideal speedup | outcome   |", lines[2]);
        Assert.Equal("| ------------ | ------: | -------: | --------: | -----------: | ------: | ------------: | --------- |", lines[3]);
        Assert.Equal("| serial       |       1 |   20.000 |    20.000 |         1.00 |   1.00x |         1.00x | completed |", lines[4]);
        Assert.Equal("| process pool |       2 |    5.000 |     4.000 |         1.25 |   4.00x |         5.00x | completed |", lines[5]);
    }

    [Fact]
    public void Runs_Pool_QuotesFieldsWithCommasAndUsesInvariantNumbers()
    {
        var lines = CsvExporter.Runs([FakeReports.Pool with { Workload = "a, b" }]).TrimEnd().Split('\n');

        Assert.Equal(CsvExporter.Header, lines[0].TrimEnd('\r'));
        Assert.StartsWith("process pool,\"a, b\",3,2,2,5.0000,4.0000,1.250,Completed,2026-11-25T12:00:00", lines[1]);
    }

    [Fact]
    public void Runs_Pool_HeaderIsTheRunTableColumns()
    {
        Assert.Equal(CsvExporter.Header, string.Join(',', RunTable.Runs([FakeReports.Pool]).Columns.Select(c => c.Name)));
    }

    [Fact]
    public void Speedups_SerialAndPool_CellsReadByColumnName()
    {
        var table = RunTable.Speedups(FakeReports.Serial, [FakeReports.Serial, FakeReports.Pool]);

        Assert.Equal(["1.00x", "4.00x"], table.Column("speedup"));
        Assert.Equal("1.25", table[1, "wall / ideal"]);
        Assert.True(table.Columns.Single(c => c.Name == "wall (s)").IsNumber);
    }
}
