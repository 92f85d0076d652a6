using ParallelNotebooks.Exporters;
using ParallelNotebooks.Tests.Fakes;

namespace ParallelNotebooks.Tests.Exporters;

public sealed class ExporterTests
{
    [Fact]
    public void Table_SerialAndPool_OneRowPerRunWithRatios()
    {
        var lines = MarkdownExporter.Table(FakeReports.Serial, [FakeReports.Serial, FakeReports.Pool]).TrimEnd().Split('\n');

        Assert.Equal(4, lines.Length);
        Assert.Equal("| serial | 1 | 20.000 | 20.000 | 1.00 | 1.00x | 1.00x | completed |", lines[2]);
        Assert.Equal("| process pool | 2 | 5.000 | 4.000 | 1.25 | 4.00x | 5.00x | completed |", lines[3]);
    }

    [Fact]
    public void Runs_Pool_QuotesFieldsWithCommasAndUsesInvariantNumbers()
    {
        var lines = CsvExporter.Runs([FakeReports.Pool with { Workload = "a, b" }]).TrimEnd().Split('\n');

        Assert.Equal(CsvExporter.Header, lines[0]);
        Assert.StartsWith("process pool,\"a, b\",3,2,2,5.0000,4.0000,1.250,Completed,2026-11-25T12:00:00", lines[1]);
    }
}
