using ParallelNotebooks.Exporters;

namespace ParallelNotebooks.Tests.Exporters;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("a, comma")]
    [InlineData("a \"quote\"")]
    [InlineData("two\nlines")]
    [InlineData("carriage\rreturn")]
    [InlineData("windows\r\nline")]
    [InlineData("ends with a return\r")]
    [InlineData("")]
    public void ReadRecords_QuotedField_RoundTripsExactly(string field)
    {
        var text = $"{Csv.Quote(field)},next\nfirst,{Csv.Quote(field)}\n";

        var records = Csv.ReadRecords(text).ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal([field, "next"], records[0]);
        Assert.Equal(["first", field], records[1]);
    }

    [Fact]
    public void ReadRecords_WindowsLineEnds_EndRecords()
    {
        var records = Csv.ReadRecords("a,b\r\nc,d\r\n").ToList();

        Assert.Equal([["a", "b"], ["c", "d"]], records);
    }

    [Fact]
    public void CsvTableParse_ColumnsInAnotherOrder_ReadsFieldsByName()
    {
        var table = CsvTable.Parse("unit,figure\nms,\"start, one\"\n");

        var row = Assert.Single(table.Rows);
        Assert.Equal("start, one", row["figure"]);
        Assert.Equal("ms", row["unit"]);
    }

    [Fact]
    public void CsvTable_WrittenThenParsed_KeepsEveryField()
    {
        var table = new CsvTable(["name", "note"]);
        table.Add(new Dictionary<string, string> { ["note"] = "line one\nline \"two\"\r\n", ["name"] = "a,b" });

        var row = Assert.Single(CsvTable.Parse(table.ToCsv()).Rows);

        Assert.Equal("a,b", row["name"]);
        Assert.Equal("line one\nline \"two\"\r\n", row["note"]);
    }

    [Fact]
    public void CsvTableRow_UnknownColumn_ThrowsNamingIt()
    {
        var row = Assert.Single(CsvTable.Parse("a\n1\n").Rows);

        var error = Assert.Throws<KeyNotFoundException>(() => row["b"]);

        Assert.Contains("'b'", error.Message);
    }

    [Fact]
    public void CsvTableParse_RowWithMissingField_ThrowsNamingTheRecord()
    {
        var error = Assert.Throws<FormatException>(() => CsvTable.Parse("a,b\n1,2\n3\n"));

        Assert.Contains("Record 3", error.Message);
    }

    [Fact]
    public void CsvTableAdd_MissingColumn_Throws() =>
        Assert.Throws<ArgumentException>(() => new CsvTable(["a", "b"]).Add(new Dictionary<string, string> { ["a"] = "1" }));
}
