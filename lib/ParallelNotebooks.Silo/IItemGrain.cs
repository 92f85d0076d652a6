namespace ParallelNotebooks.Silo;

/// <summary>Runs one item of a workload on whichever silo the grain was placed on.</summary>
internal interface IItemGrain : IGrainWithGuidKey
{
    /// <summary>Runs <paramref name="item"/> of the workload described by <paramref name="spec"/>; <paramref name="attempt"/> counts from 1.</summary>
    Task<SiloItemResult> RunAsync(string spec, int item, int attempt, CancellationToken cancellationToken);
}
