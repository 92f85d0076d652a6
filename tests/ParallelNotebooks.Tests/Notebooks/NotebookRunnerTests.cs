using ParallelNotebooks.Notebooks;
using ParallelNotebooks.Tests.Charts;

namespace ParallelNotebooks.Tests.Notebooks;

[Collection(nameof(NotebookCollection))]
public sealed class NotebookRunnerTests
{
    [Fact]
    public async Task RunAsync_BrokenFixture_FailsAtTheThrowingCellAndStops()
    {
        var report = await NotebookRunner.RunAsync(Notebook.Load(Repository.Fixture("broken.ipynb")));

        Assert.False(report.Succeeded);
        Assert.Equal(3, report.FailedCell!.Cell.Number);
        Assert.Contains("deliberately broken", report.FailedCell.Error);
        Assert.Contains("cell 3 failed", report.ToString());
        Assert.Equal(["cell 2 ran\n", null], report.Cells.Select(c => c.Succeeded ? c.StandardOutput : null));
    }

    [Fact]
    public async Task RunAsync_HangingFixture_TimesOutAndKillsTheKernel()
    {
        var fixture = Repository.Fixture("hanging.ipynb");

        var report = await NotebookRunner.RunAsync(Notebook.Load(fixture), new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(5) });

        Assert.False(report.Succeeded);
        Assert.Contains("did not finish within 5 s", report.FailedCell!.Error);
        Assert.Empty(KernelsWorkingIn(Path.GetDirectoryName(fixture)!));
    }

    [Fact]
    public void Load_NotANotebook_ThrowsFormatExceptionNamingTheFile()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{ \"no cells\": true }");

        var error = Assert.Throws<FormatException>(() => Notebook.Load(path));

        Assert.Contains(path, error.Message);
        File.Delete(path);
    }

    [Theory]
    [InlineData("""[ { "cell_type": "markdown", "source": "hello" }, null ]""", "cell 2 is malformed: it is not a JSON object")]
    [InlineData("""[ { "cell_type": "code", "source": [ "x = 1\n", 2 ] } ]""", "cell 1 is malformed: line 2 of its source is not text")]
    [InlineData("""[ { "cell_type": "code", "source": { "text": "x" } } ]""", "cell 1 is malformed: its source is neither text nor a list of lines")]
    [InlineData("""[ { "cell_type": "code", "source": "1", "metadata": { "polyglot_notebook": { "kernelName": 7 } } } ]""", "cell 1 is malformed: its kernel name is not text")]
    public void Load_MalformedCell_ThrowsFormatExceptionNamingTheFileAndTheCell(string cells, string expected)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, $$"""{ "cells": {{cells}}, "metadata": {} }""");

        var error = Assert.Throws<FormatException>(() => Notebook.Load(path));

        Assert.Equal($"'{path}' is not a well-formed notebook: {expected}.", error.Message);
        File.Delete(path);
    }

    [Fact]
    public void Load_CellsOfSeveralKernels_ReadsEachCellsKernelAsTheKernelDoes()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            { "cells": [
                { "cell_type": "markdown", "source": "# Title", "metadata": {} },
                { "cell_type": "code", "source": [ "var x = 1;\n", "x" ], "metadata": {} },
                { "cell_type": "code", "source": "1 + 1", "metadata": { "polyglot_notebook": { "kernelName": "fsharp" } } },
                { "cell_type": "code", "source": "Get-Date", "metadata": { "dotnet_interactive": { "language": "pwsh" } } },
                { "cell_type": "raw", "source": "not run", "metadata": {} }
              ],
              "metadata": { "polyglot_notebook": { "kernelInfo": { "defaultKernelName": "csharp" } } } }
            """);

        var cells = Notebook.Load(path).Cells;

        Assert.Equal([false, true, true, true, false], cells.Select(c => c.IsCode));
        Assert.Equal(["csharp", "fsharp", "pwsh"], cells.Where(c => c.IsCode).Select(c => c.KernelName));
        Assert.Equal(["# Title", "var x = 1;\nx", "1 + 1", "Get-Date", "not run"], cells.Select(c => c.Source));
        File.Delete(path);
    }

    [Fact]
    public void Load_Missing_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => Notebook.Load("no/such/notebook.ipynb"));
    }

    [Fact]
    public void Writer_RunWithOutputs_WritesNotebookAndChartPages()
    {
        var notebook = Notebook.Load(Repository.Fixture("broken.ipynb"));
        var chart = new CellOutput(CellOutputKind.Returned, new Dictionary<string, string> { ["text/html"] = "<div></div><script>Plotly.newPlot('x', [])</script>" });
        var report = new NotebookReport(notebook, [new CellResult(notebook.Cells[1], [chart], null, TimeSpan.Zero)], TimeSpan.Zero);
        var folder = Directory.CreateTempSubdirectory("writer-").FullName;

        var written = NotebookWriter.Write(report, folder);

        Assert.Equal([Path.Combine(folder, "broken.ipynb"), Path.Combine(folder, "broken", "chart-1.html")], written);
        Assert.True(Notebook.Load(written[0]).HasOutputs);
        Assert.Contains("Plotly.newPlot('x', [])", File.ReadAllText(written[1]));
        OfflineHtml.AssertNoRemoteScript(File.ReadAllText(written[1]));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Kernel processes (of any kind) started for <paramref name="folder"/>, read from /proc.</summary>
    private static IEnumerable<int> KernelsWorkingIn(string folder) =>
        from dir in Directory.GetDirectories("/proc")
        let id = Path.GetFileName(dir)
        where id.All(char.IsDigit)
        let commandLine = ReadCommandLine(dir)
        where commandLine.Contains("dotnet-interactive", StringComparison.Ordinal) || commandLine.Contains("Microsoft.DotNet.Interactive.App", StringComparison.Ordinal)
        where commandLine.Contains(folder, StringComparison.Ordinal)
        select int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);

    private static string ReadCommandLine(string processDir)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processDir, "cmdline")).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
