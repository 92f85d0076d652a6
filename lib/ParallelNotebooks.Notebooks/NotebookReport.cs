namespace ParallelNotebooks.Notebooks;

/// <summary>The run of one notebook: every code cell run until the first one that failed.</summary>
/// <param name="Notebook">The notebook.</param>
/// <param name="Cells">The results of the code cells that ran, in order.</param>
/// <param name="Duration">The whole run, kernel start included.</param>
public sealed record NotebookReport(Notebook Notebook, IReadOnlyList<CellResult> Cells, TimeSpan Duration)
{
    /// <summary>Whether every code cell ran without error.</summary>
    public bool Succeeded => Cells.All(c => c.Succeeded);

    /// <summary>The cell that failed, if one did.</summary>
    public CellResult? FailedCell => Cells.FirstOrDefault(c => !c.Succeeded);

    /// <summary>The charts shown, in order.</summary>
    public IEnumerable<CellOutput> Charts => Cells.SelectMany(c => c.Outputs).Where(o => o.IsChart);

    /// <summary>A one-line account, naming the failing cell and its error when there is one.</summary>
    public override string ToString() => FailedCell is { } failed
        ? $"{System.IO.Path.GetFileName(Notebook.Path)}: cell {failed.Cell.Number} failed: {failed.Error}"
        : $"{System.IO.Path.GetFileName(Notebook.Path)}: {Cells.Count} code cells ran in {Duration.TotalSeconds:0.0} s";
}
