using System.Text.Json.Nodes;
using ParallelNotebooks.Notebooks;

namespace ParallelNotebooks.Tests.Twins;

/// <summary>
/// The twin generator on small notebooks in a throw-away repository: what each kind of cell becomes, and that what
/// a twin cannot do fails generation with the cell's number instead of writing a twin that misleads.
/// </summary>
public sealed class LessonTwinTests : IDisposable
{
    private const string Reference = "#r \"../lib/Kit/bin/Debug/net10.0/Kit.dll\"";
    private readonly string _root = Directory.CreateTempSubdirectory("twin-repo-").FullName;

    public LessonTwinTests()
    {
        foreach (var project in new[] { "Kit", "Lessons" })
        {
            Directory.CreateDirectory(Path.Combine(_root, "lib", project));
            File.WriteAllText(Path.Combine(_root, "lib", project, project + ".csproj"), "<Project />");
        }

        Directory.CreateDirectory(Path.Combine(_root, "notebooks"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Generate_Lesson_StartsWithTheMarkProjectsPropertiesUsingsAndTwinStart()
    {
        var twin = Generate(Code(Reference + "\nusing Kit.Things;\nConsole.WriteLine(1);"));

        Assert.StartsWith(LessonTwin.Mark + "../notebooks/01-test.ipynb", twin);
        Assert.Contains(LessonTwin.Command, twin);
        Assert.Contains("dotnet run lessons/01-test.cs", twin);
        var lines = twin.Split('\n');
        Assert.Equal(["#:project ../lib/Kit/Kit.csproj", "#:project ../lib/Lessons/Lessons.csproj"], lines.Where(l => l.StartsWith("#:project ", StringComparison.Ordinal)));
        Assert.Contains("#:property PublishAot=false", lines);
        Assert.Contains("#:property ImplicitUsings=disable", lines);
        Assert.True(
            Array.IndexOf(lines, "using Kit.Things;") < Array.IndexOf(lines, "Twin.Start(\"01-test\");")
            && Array.IndexOf(lines, "Twin.Start(\"01-test\");") < Array.IndexOf(lines, "Console.WriteLine(1);"),
            twin);
    }

    [Fact]
    public void Generate_MarkdownCell_BecomesCommentLines()
    {
        var twin = Generate(Markdown("# Title\n\n**Goal:** learn.  \n"), Code("Console.WriteLine(1);"));

        Assert.Contains("// # Title\n//\n// **Goal:** learn.\n", twin);
    }

    [Fact]
    public void Generate_UsingsInCells_GatheredAtTheTopOnceAfterTheKernelsOwn()
    {
        var twin = Generate(
            Code("// Why this cell exists.\nusing System.IO;\n\nvar a = 1;"),
            Code("using System.IO;\nusing System.Text;\nvar b = 2;"));

        var lines = twin.Split('\n');
        Assert.Single(lines, l => l == "using System.IO;");
        Assert.Single(lines, l => l == "using System.Text;");
        Assert.True(Array.IndexOf(lines, "using System.Linq;") < Array.IndexOf(lines, "using System.IO;"));
        Assert.Contains("// Why this cell exists.\n\nvar a = 1;", twin);
        Assert.Contains("\nvar b = 2;", twin);
    }

    [Fact]
    public void Generate_CellEndingInAnExpression_ShowsItsValue()
    {
        var twin = Generate(Code("var x = 1;\n// the chart\nx + 1"), Code("var y = 2;"));

        Assert.Contains("// the chart\nTwin.Show(x + 1);", twin);
        Assert.Contains("var y = 2;", twin);
        Assert.DoesNotContain("Twin.Show(var", twin);
    }

    [Fact]
    public void Generate_DisplayAndNotebookProgress_BecomeTheirConsoleTwins()
    {
        var twin = Generate(Code("display(Chart());\nvar r = await runner.RunAsync(w, 10, ProgressDisplay.InNotebook(\"serial\"));"));

        Assert.Contains("Twin.Show(Chart());", twin);
        Assert.Contains("runner.RunAsync(w, 10, Twin.Progress(\"serial\"));", twin);
        Assert.DoesNotContain("display(", twin);
    }

    [Fact]
    public void Generate_TypeDeclaredInACell_MovesAfterTheStatements()
    {
        var twin = Generate(Code("record Point(int X, int Y);\nvar p = new Point(1, 2);"), Code("Console.WriteLine(p);"));

        Assert.True(twin.IndexOf("record Point(int X, int Y);", StringComparison.Ordinal) > twin.IndexOf("Console.WriteLine(p);", StringComparison.Ordinal), twin);
    }

    [Fact]
    public void Generate_TimedCell_PrintsItsWallTime()
    {
        var twin = Generate(Code("#!time\nThread.Sleep(1);"));

        Assert.Contains("var cell1Clock = System.Diagnostics.Stopwatch.StartNew();\nThread.Sleep(1);\nConsole.WriteLine($\"Wall time: {cell1Clock.Elapsed.TotalMilliseconds:0.00}ms\");", twin);
    }

    [Fact]
    public void Generate_CSharpMagic_IsDropped()
    {
        var twin = Generate(Code("#!csharp\nConsole.WriteLine(1);"));

        Assert.DoesNotContain("#!", twin);
        Assert.Contains("Console.WriteLine(1);", twin);
    }

    [Theory]
    [InlineData("#!who\nvar a = 1;", "'#!who'")]
    [InlineData("#r \"nuget: Plotly.NET, 6.0.0\"", "package")]
    [InlineData("#r \"../elsewhere/Other.dll\"", "no project")]
    [InlineData("var a = ;", "not C#")]
    public void Generate_CellATwinCannotRun_ThrowsNamingTheCell(string code, string reason)
    {
        var error = Assert.Throws<NotSupportedException>(() => Generate(Markdown("intro"), Code(code)));

        Assert.StartsWith("Cell 2", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Generate_CellOfAnotherKernel_Throws()
    {
        var error = Assert.Throws<NotSupportedException>(() => Generate(Code("Write-Host 1", kernel: "pwsh")));

        Assert.Contains("'pwsh' kernel", error.Message);
    }

    [Theory]
    [InlineData("var total = 1;", "var total = 2;")]
    [InlineData("int Twice(int n) => 2 * n;", "var Twice = 3;")]
    public void Generate_NameDeclaredAgainInALaterCell_ThrowsNamingBothCells(string first, string second)
    {
        var error = Assert.Throws<NotSupportedException>(() => Generate(Code(first), Code("Console.WriteLine(1);"), Code(second)));

        Assert.Contains("Cell 3 declares", error.Message);
        Assert.Contains("(cell 1 declared it first)", error.Message);
    }

    [Theory]
    [InlineData("var item = 1;", "foreach (var item in new[] { 2 }) { }", 3, 1)]
    [InlineData("foreach (var item in new[] { 2 }) { }", "var item = 1;", 1, 3)]
    [InlineData("var n = Math.Abs(-1) is var item ? item : 0;", "if (true) { var item = 2; }", 3, 1)]
    public void Generate_BlockHidesATopLevelNameOfAnotherCell_ThrowsNamingBothCells(string first, string third, int blockCell, int topCell)
    {
        var error = Assert.Throws<NotSupportedException>(() => Generate(Code(first), Code("Console.WriteLine(1);"), Code(third)));

        Assert.StartsWith($"Cell {blockCell} declares 'item' inside a block, and cell {topCell} declares it at the top level.", error.Message);
    }

    [Fact]
    public void Generate_LambdaOrLocalFunctionReusesATopLevelName_IsAllowed()
    {
        var twin = Generate(Code("var item = 1;"), Code("Func<int, int> twice = item => 2 * item;\nint Thrice(int item) { var n = 3 * item; return n; }"));

        Assert.Contains("Func<int, int> twice = item => 2 * item;", twin);
    }

    [Fact]
    public void Generate_SameNameInsideBlocksOfTwoCells_IsNoRedeclaration()
    {
        var twin = Generate(Code("foreach (var i in new[] { 1 }) { var n = i; }"), Code("for (var i = 0; i < 1; i++) { var n = i; }"));

        Assert.Contains("for (var i = 0;", twin);
    }

    private string Generate(params JsonObject[] cells)
    {
        var path = Path.Combine(_root, "notebooks", "01-test.ipynb");
        File.WriteAllText(path, new JsonObject { ["cells"] = new JsonArray(cells), ["metadata"] = new JsonObject() }.ToJsonString());
        return LessonTwin.Generate(Notebook.Load(path), Path.Combine(_root, "lessons", "01-test.cs"), Path.Combine(_root, "lib", "Lessons", "Lessons.csproj"));
    }

    private static JsonObject Code(string source, string kernel = "csharp") => new()
    {
        ["cell_type"] = "code",
        ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernel } },
        ["source"] = source,
        ["outputs"] = new JsonArray(),
    };

    private static JsonObject Markdown(string source) => new() { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = source };
}
