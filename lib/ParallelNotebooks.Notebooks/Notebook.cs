using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using JupyterNotebook = Microsoft.DotNet.Interactive.Documents.Jupyter.Notebook;

namespace ParallelNotebooks.Notebooks;

/// <summary>A parsed <c>.ipynb</c> file: its cells, in order, with the kernel each code cell targets.</summary>
public sealed class Notebook
{
    private Notebook(string path, JsonObject document, IReadOnlyList<NotebookCell> cells)
    {
        Path = path;
        Document = document;
        Cells = cells;
    }

    /// <summary>Where the notebook was read from.</summary>
    public string Path { get; }

    /// <summary>The notebook's cells, markdown and code, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>The whole document, for writing it back with outputs.</summary>
    internal JsonObject Document { get; }

    /// <summary>Reads a notebook.</summary>
    /// <exception cref="FileNotFoundException">No file is at <paramref name="path"/>.</exception>
    /// <exception cref="FormatException">
    /// The file is not a notebook (not JSON, or without a <c>cells</c> list), or one of its cells is malformed; the
    /// message names the file and the cell.
    /// </exception>
    public static Notebook Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No notebook at '{path}'.", path);
        }

        var text = File.ReadAllText(path);
        JsonObject document;
        try
        {
            document = JsonNode.Parse(text) as JsonObject
                ?? throw new FormatException($"'{path}' is not a notebook: its JSON is not an object.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"'{path}' is not a notebook: {e.Message}", e);
        }

        if (document["cells"] is not JsonArray cells)
        {
            throw new FormatException($"'{path}' is not a notebook: it has no 'cells' list.");
        }

        var defaultKernel = NotebookCell.Text(document["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]) ?? "csharp";
        // Checked here first: the kernel's reader answers a malformed cell with a NullReferenceException or a JsonException
        // that names neither the file nor the cell.
        var isCode = cells.Select((cell, index) => NotebookCell.Check(cell, index, path)).ToList();
        var elements = Read(text, defaultKernel, path);
        if (elements.Count != cells.Count)
        {
            throw new FormatException($"'{path}' is not a notebook the kernel reads cell for cell: {cells.Count} cells, {elements.Count} read.");
        }

        var parsed = elements
            .Select((element, index) => new NotebookCell(index, isCode[index], element.KernelName is { Length: > 0 } kernel ? kernel : defaultKernel, element.Contents))
            .ToList();
        return new Notebook(System.IO.Path.GetFullPath(path), document, parsed);
    }

    /// <summary>
    /// The cells as the kernel reads them, through its own reader (Microsoft.DotNet.Interactive.Documents, at the
    /// kernel's version): each cell's text and the kernel it targets, from its metadata or its first magic command.
    /// </summary>
    private static IList<InteractiveDocumentElement> Read(string text, string defaultKernel, string path)
    {
        var kernels = new KernelInfoCollection { DefaultKernelName = defaultKernel };
        try
        {
            return JupyterNotebook.Parse(text, kernels).Elements;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException or InvalidCastException)
        {
            throw new FormatException($"'{path}' is not a notebook the kernel can read: {e.Message}", e);
        }
    }

    /// <summary>
    /// A copy of this notebook with one cell's text replaced, as when a test puts an exercise's solution in place.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No cell has that index.</exception>
    public Notebook WithCellSource(int index, string source)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Cells.Count);
        ArgumentNullException.ThrowIfNull(source);
        var document = Document.DeepClone().AsObject();
        document["cells"]![index]!["source"] = source;
        var cells = Cells.Select(c => c.Index == index ? c with { Source = source } : c).ToList();
        return new Notebook(Path, document, cells);
    }

    /// <summary>Whether any cell holds outputs; lessons are committed without them, so learners start clean.</summary>
    public bool HasOutputs => Document["cells"]!.AsArray().Any(c => c?["outputs"] is JsonArray { Count: > 0 });
}
