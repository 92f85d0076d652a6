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

    /// <summary>Checks one cell of the notebook at <paramref name="path"/> and says whether it holds code.</summary>
    /// <exception cref="FormatException">The cell is not an object, or a field that must be text is not.</exception>
    internal static bool Check(JsonNode? node, int index, string path)
    {
        if (node is not JsonObject cell)
        {
            throw Malformed(path, index, "it is not a JSON object");
        }

        switch (cell["source"])
        {
            case JsonArray lines:
                for (var i = 0; i < lines.Count; i++)
                {
                    _ = Text(lines[i]) ?? throw Malformed(path, index, $"line {i + 1} of its source is not text");
                }

                break;
            case { } text when Text(text) is null:
                throw Malformed(path, index, "its source is neither text nor a list of lines");
        }

        foreach (var (field, name) in new[] { (cell["cell_type"], "type"), (cell["metadata"]?["polyglot_notebook"]?["kernelName"], "kernel name"), (cell["metadata"]?["dotnet_interactive"]?["language"], "language") })
        {
            if (field is not null && Text(field) is null)
            {
                throw Malformed(path, index, $"its {name} is not text");
            }
        }

        return Text(cell["cell_type"]) == "code";
    }

    /// <summary>The node's text when it is a JSON string; otherwise (absent, a number, an object) none.</summary>
    internal static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static FormatException Malformed(string path, int index, string what) =>
        new($"'{path}' is not a well-formed notebook: cell {index + 1} is malformed: {what}.");
}
