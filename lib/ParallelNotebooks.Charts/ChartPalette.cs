namespace ParallelNotebooks.Charts;

/// <summary>The colours every chart of the kit draws with.</summary>
public static class ChartPalette
{
    /// <summary>
    /// Okabe and Ito's eight colours, which readers with the common kinds of colour blindness can still tell apart:
    /// blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow, black. Series take them in this
    /// order; the pale yellow comes late, as it reads poorly on a light background.
    /// </summary>
    public static IReadOnlyList<string> OkabeIto { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"];
}
