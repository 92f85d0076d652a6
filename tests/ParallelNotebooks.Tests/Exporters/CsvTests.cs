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
    public void ReadRecords_BlankLines_AreNoRecords()
    {
        var records = Csv.ReadRecords("\na,b\n\r\n\nc,d\n\n").ToList();

        Assert.Equal([["a", "b"], ["c", "d"]], records);
    }

    [Fact]
    public void ReadRecords_LastRecordWithoutLineEnd_IsRead() =>
        Assert.Equal([["a", "b"], ["c", "\"d\""]], Csv.ReadRecords("a,b\r\nc,\"\"\"d\"\"\"").ToList());

    [Fact]
    public void TableParseCsv_OneColumnWithEmptyCells_RoundTripsEveryRow()
    {
        var written = new Table("", [new TableColumn("note")], [[""], ["x"], [""]]);

        var table = Table.ParseCsv(CsvExporter.Render(written));

        Assert.Equal(["", "x", ""], table.Column("note"));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void TableParseCsv_FieldsWithEveryKindOfLineBreak_RoundTripWhicheverLineEndEndsRecords(string lineEnd)
    {
        var written = LineBreakTable();
        var csv = string.Join(lineEnd, [Csv.Line(written.Columns.Select(c => c.Name)), .. written.Rows.Select(Csv.Line)]) + lineEnd;

        Assert.Equal(written.Rows, Table.ParseCsv(csv).Rows);
    }

    [Fact]
    public void TableParseCsv_WhatCsvExporterWroteWithLineBreaks_KeepsEveryField() =>
        Assert.Equal(LineBreakTable().Rows, Table.ParseCsv(CsvExporter.Render(LineBreakTable())).Rows);

    [Fact]
    public void TableParseCsv_ColumnsInAnotherOrder_ReadsFieldsByName()
    {
        var table = Table.ParseCsv("unit,figure\nms,\"start, one\"\n");

        Assert.Single(table.Rows);
        Assert.Equal("start, one", table[0, "figure"]);
        Assert.Equal("ms", table[0, "unit"]);
    }

    [Fact]
    public void TableParseCsv_WhatCsvExporterWrote_KeepsEveryField()
    {
        var written = new Table("", [new TableColumn("name"), new TableColumn("note")], [["a,b", "line one\nline \"two\"\r\n"]]);

        var table = Table.ParseCsv(CsvExporter.Render(written));

        Assert.Single(table.Rows);
        Assert.Equal("a,b", table[0, "name"]);
        Assert.Equal("line one\nline \"two\"\r\n", table[0, "note"]);
    }

    [Fact]
    public void TableParseCsv_UnknownColumn_ThrowsNamingIt()
    {
        var table = Table.ParseCsv("a\n1\n");

        var error = Assert.Throws<KeyNotFoundException>(() => table[0, "b"]);

        Assert.Contains("'b'", error.Message);
    }

    [Fact]
    public void TableParseCsv_RowWithMissingField_ThrowsNamingTheRecord()
    {
        var error = Assert.Throws<FormatException>(() => Table.ParseCsv("a,b\n1,2\n3\n"));

        Assert.Contains("Record 3", error.Message);
    }

    [Fact]
    public void TableParseCsv_HeaderNamingAColumnTwice_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => Table.ParseCsv("a,a\n1,2\n"));

    private static Table LineBreakTable()
    {
        string[] fields = ["cr\rinside", "lf\ninside", "crlf\r\ninside", "\r", "\n", "ends\r", "\"quoted\",\r\n", ""];
        return new Table("", fields.Select((_, i) => new TableColumn($"c{i}")), [fields, [.. fields.Reverse()]]);
    }
}
