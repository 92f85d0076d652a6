using Plotly.NET;

namespace ParallelNotebooks.Charts;

/// <summary>
/// The one line of text each chart of the kit carries: what the chart shows, with its figures, so that a screen
/// reader, a reader without JavaScript and a picture's alt text all get what the eye gets.
/// </summary>
public static class ChartSummary
{
    /// <summary>The summary the kit's chart builders attached to <paramref name="chart"/>, or null for a chart built elsewhere.</summary>
    public static string? Of(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var summary = GenericChart.getLayout(chart).TryGetPropertyValue(ChartSupport.SummaryProperty);
        return summary is { } value ? value.Value as string : null;
    }
}
