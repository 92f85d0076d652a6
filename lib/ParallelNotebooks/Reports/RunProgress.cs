namespace ParallelNotebooks;

/// <summary>How far a run has come, reported each time an item finishes.</summary>
/// <param name="Finished">How many items have finished.</param>
/// <param name="Total">How many items the run was given.</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="Last">The item that just finished.</param>
public sealed record RunProgress(int Finished, int Total, TimeSpan Elapsed, ItemRecord Last)
{
    /// <summary>The share of items finished, from 0 to 1.</summary>
    public double Fraction => (double)Finished / Total;
}
