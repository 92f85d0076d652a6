using System.Text.Json;
using System.Text.Json.Nodes;
using ParallelNotebooks.Charts;

namespace ParallelNotebooks.Notebooks;

/// <summary>
/// Writes what a notebook run produced: the notebook with its outputs, as Jupyter and VS Code read it, and each
/// chart as a page of its own that needs no network.
/// </summary>
public static class NotebookWriter
{
    /// <summary>
    /// Writes <c>NAME.ipynb</c> with outputs and <c>NAME/chart-N.html</c> for each chart into <paramref name="folder"/>.
    /// </summary>
    /// <returns>The paths written, the notebook first.</returns>
    public static IReadOnlyList<string> Write(NotebookReport report, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var name = Path.GetFileNameWithoutExtension(report.Notebook.Path);
        Directory.CreateDirectory(folder);

        var executed = report.Notebook.Document.DeepClone().AsObject();
        var cells = executed["cells"]!.AsArray();
        var executionCount = 0;
        foreach (var result in report.Cells)
        {
            var cell = cells[result.Cell.Index]!.AsObject();
            cell["execution_count"] = ++executionCount;
            cell["outputs"] = Outputs(result, executionCount);
        }

        var written = new List<string> { Path.Combine(folder, name + ".ipynb") };
        // Relaxed escaping keeps quotes and markup readable in the written notebook; it is a file, not a web page.
        File.WriteAllText(written[0], executed.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        var charts = report.Charts.ToList();
        if (charts.Count > 0)
        {
            var chartFolder = Directory.CreateDirectory(Path.Combine(folder, name)).FullName;
            foreach (var (chart, number) in charts.Select((c, i) => (c, i + 1)))
            {
                var path = Path.Combine(chartFolder, $"chart-{number}.html");
                File.WriteAllText(path, HtmlExporter.PageFromHtml($"{name}, chart {number}", [chart.Html!]));
                written.Add(path);
            }
        }

        return written;
    }

    private static JsonArray Outputs(CellResult result, int executionCount)
    {
        var outputs = new JsonArray();
        foreach (var output in result.Outputs)
        {
            outputs.Add(output.Kind switch
            {
                CellOutputKind.StandardOutput => Stream("stdout", output.Text),
                CellOutputKind.StandardError => Stream("stderr", output.Text),
                CellOutputKind.Returned => new JsonObject
                {
                    ["output_type"] = "execute_result",
                    ["execution_count"] = executionCount,
                    ["data"] = Data(output),
                    ["metadata"] = new JsonObject(),
                },
                _ => new JsonObject { ["output_type"] = "display_data", ["data"] = Data(output), ["metadata"] = new JsonObject() },
            });
        }

        if (result.Error is { } error)
        {
            outputs.Add(new JsonObject
            {
                ["output_type"] = "error",
                ["ename"] = "Error",
                ["evalue"] = error,
                ["traceback"] = new JsonArray(),
            });
        }

        return outputs;
    }

    private static JsonObject Stream(string name, string text) =>
        new() { ["output_type"] = "stream", ["name"] = name, ["text"] = text };

    private static JsonObject Data(CellOutput output)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in output.Values)
        {
            data[mime] = value;
        }

        return data;
    }
}
