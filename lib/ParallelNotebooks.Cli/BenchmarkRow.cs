namespace ParallelNotebooks.Cli;

/// <summary>One figure the benchmark measured, with the target it is held to, if any.</summary>
/// <param name="Figure">What was measured.</param>
/// <param name="Measured">The figure.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Target">The target, or null where the figure is only shown.</param>
/// <param name="AtMost">Whether the target is an upper bound (else a lower one).</param>
/// <param name="Note">The raw figures behind a ratio, or how it was taken.</param>
internal sealed record BenchmarkRow(string Figure, double Measured, string Unit, double? Target, bool AtMost, string Note)
{
    /// <summary>met, missed, or - where no target applies.</summary>
    public string Verdict => Target is not { } t ? "-" : (AtMost ? Measured <= t : Measured >= t) ? "met" : "missed";
}
