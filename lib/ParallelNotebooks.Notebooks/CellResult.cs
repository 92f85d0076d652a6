namespace ParallelNotebooks.Notebooks;

/// <summary>What running one code cell produced.</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Outputs">Its outputs, in the order the kernel produced them.</param>
/// <param name="Error">Why it failed (compile errors, an exception, a timeout), or <see langword="null"/>.</param>
/// <param name="Duration">How long it ran.</param>
public sealed record CellResult(NotebookCell Cell, IReadOnlyList<CellOutput> Outputs, string? Error, TimeSpan Duration)
{
    /// <summary>Whether the cell ran without error.</summary>
    public bool Succeeded => Error is null;

    /// <summary>All console output of the cell, joined.</summary>
    public string StandardOutput => string.Concat(Outputs.Where(o => o.Kind == CellOutputKind.StandardOutput).Select(o => o.Text));
}
