namespace ParallelNotebooks;

/// <summary>One named column of a <see cref="Table"/>.</summary>
/// <param name="Name">The column's name: its header, and the name readers look it up by.</param>
/// <param name="IsNumber">Whether the column holds numbers, which renderers align to the right. Default: false.</param>
public sealed record TableColumn(string Name, bool IsNumber = false);
