using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParallelNotebooks.Notebooks;

/// <summary>One cell of a notebook.</summary>
/// <param name="Index">The cell's position, from zero, counting every cell.</param>
/// <param name="IsCode">Whether the cell holds code (otherwise markdown or raw text).</param>
/// <param name="KernelName">The kernel a code cell targets, such as <c>csharp</c>.</param>
/// <param name="Source">The cell's text.</param>
public sealed record NotebookCell(int Index, bool IsCode, string KernelName, string Source)
{
    /// <summary>The cell's number as a learner counts it: from one.</summary>
    public int Number => Index + 1;

    /// <summary>Reads one cell of the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">The cell is not an object, or a field that must be text is not.</exception>
    internal static NotebookCell Parse(JsonNode? node, int index, string defaultKernel, string path)
    {
        if (node is not JsonObject cell)
        {
            throw Malformed(path, index, "it is not a JSON object");
        }

        var source = cell["source"] switch
        {
            JsonArray lines => string.Concat(lines.Select((l, i) => Text(l) ?? throw Malformed(path, index, $"line {i + 1} of its source is not text"))),
            null => "",
            var text => Text(text) ?? throw Malformed(path, index, "its source is neither text nor a list of lines"),
        };
        var kernel = Text(cell["metadata"]?["polyglot_notebook"]?["kernelName"])
            ?? Text(cell["metadata"]?["dotnet_interactive"]?["language"])
            ?? defaultKernel;
        return new NotebookCell(index, Text(cell["cell_type"]) == "code", kernel, source);
    }

    /// <summary>The node's text when it is a JSON string; otherwise (absent, a number, an object) none.</summary>
    internal static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static FormatException Malformed(string path, int index, string what) =>
        new($"'{path}' is not a well-formed notebook: cell {index + 1} is malformed: {what}.");
}
