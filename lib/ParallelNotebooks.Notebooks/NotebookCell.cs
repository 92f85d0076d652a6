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

    internal static NotebookCell Parse(JsonObject cell, int index, string defaultKernel)
    {
        var source = cell["source"] switch
        {
            JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
            JsonValue text => text.GetValue<string>(),
            _ => "",
        };
        var kernel = cell["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
            ?? cell["metadata"]?["dotnet_interactive"]?["language"]?.GetValue<string>()
            ?? defaultKernel;
        return new NotebookCell(index, cell["cell_type"]?.GetValue<string>() == "code", kernel, source);
    }
}
