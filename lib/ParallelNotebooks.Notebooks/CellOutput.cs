namespace ParallelNotebooks.Notebooks;

/// <summary>One output of a cell, as the kernel produced it.</summary>
/// <param name="Kind">What produced it: console output, a displayed value, or the cell's returned value.</param>
/// <param name="Values">The output formatted for each MIME type the kernel offered, such as <c>text/html</c>.</param>
public sealed record CellOutput(CellOutputKind Kind, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The output as text: plain text when offered, otherwise the first format.</summary>
    public string Text => Values.TryGetValue("text/plain", out var plain) ? plain : Values.Values.FirstOrDefault() ?? "";

    /// <summary>The HTML of the output, when it has some.</summary>
    public string? Html => Values.GetValueOrDefault("text/html");

    /// <summary>Whether the output is a Plotly chart.</summary>
    public bool IsChart => Html?.Contains("Plotly.newPlot", StringComparison.Ordinal) == true;
}

/// <summary>What produced a cell output.</summary>
public enum CellOutputKind
{
    /// <summary>Text written to standard output.</summary>
    StandardOutput,

    /// <summary>Text written to standard error.</summary>
    StandardError,

    /// <summary>A value shown with <c>display(...)</c>, or updated in place after.</summary>
    Displayed,

    /// <summary>The value of the cell's last expression.</summary>
    Returned,
}
