namespace ParallelNotebooks.Tests.Exporters;

public sealed class TableTests
{
    private static readonly Table Awkward = new("Runs <&> \"quoted\"", [new("name"), new("seconds", IsNumber: true)],
    [
        ["<script>alert('x')</script>", "1.5"],
        ["a | b, \"c\"\nd", "20"],
    ]);

    [Fact]
    public void Render_Html_EncodesEveryNameAndCell()
    {
        var html = HtmlTableExporter.Render(Awkward);

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<td style=\"text-align:left\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>", html);
        Assert.Contains("<caption>Runs &lt;&amp;&gt; &quot;quoted&quot;</caption>", html);
    }

    [Fact]
    public void Render_Html_HeadersAreColumnHeadersAndNumbersAlignRight()
    {
        var html = HtmlTableExporter.Render(Awkward);

        Assert.Contains("<th scope=\"col\" style=\"text-align:left\">name</th><th scope=\"col\" style=\"text-align:right\">seconds</th>", html);
        Assert.Contains("<td style=\"text-align:right\">20</td>", html);
        Assert.Equal(2, html.Split("<tr>").Length - 2);
    }

    [Fact]
    public void Render_Markdown_EscapesPipesAndFoldsLineBreaks()
    {
        var lines = MarkdownExporter.Render(Awkward).TrimEnd().Split('\n');

        Assert.Equal(6, lines.Length);
        Assert.StartsWith("| a \\| b, \"c\" d ", lines[5]);
        Assert.EndsWith("|      20 |", lines[5]);
    }

    [Fact]
    public void Render_Csv_QuotesCommasQuotesAndNewlines()
    {
        var csv = CsvExporter.Render(Awkward);

        Assert.StartsWith("name,seconds\n", csv.Replace("\r\n", "\n"));
        Assert.Contains("\"a | b, \"\"c\"\"\nd\",20", csv.Replace("\r\n", "\n"));
    }

    [Fact]
    public void ToString_Table_IsItsMarkdown()
    {
        Assert.Equal(MarkdownExporter.Render(Awkward), Awkward.ToString());
    }

    [Fact]
    public void Column_UnknownName_ThrowsListingTheColumns()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Awkward.Column("wall"));

        Assert.Contains("name, seconds", error.Message);
    }

    [Fact]
    public void Constructor_RowOfTheWrongWidth_ThrowsNamingRows()
    {
        var error = Assert.Throws<ArgumentException>(() => new Table("", [new("a"), new("b")], [["1", "2"], ["3"]]));

        Assert.Equal("rows", error.ParamName);
        Assert.Contains("Row 1", error.Message);
    }

    [Fact]
    public void Constructor_TwoColumnsOfOneName_Throws()
    {
        Assert.Equal("columns", Assert.Throws<ArgumentException>(() => new Table("", [new("a"), new("a")], [])).ParamName);
    }

    [Fact]
    public void Constructor_NoColumns_Throws()
    {
        Assert.Equal("columns", Assert.Throws<ArgumentException>(() => new Table("", [], [])).ParamName);
    }
}
