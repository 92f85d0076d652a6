namespace ParallelNotebooks;

/// <summary>One row of <see cref="PoolMap.Table"/>: how <c>Pool.map</c> would run the items on so many workers.</summary>
/// <param name="Workers">The pool's worker processes (Python's <c>Pool()</c> starts one per logical CPU).</param>
/// <param name="ChunkSize">The items a worker takes at a time, as <c>Pool.map</c> chooses it.</param>
/// <param name="Chunks">How many chunks the items make.</param>
/// <param name="Rounds">How many chunks the busiest worker runs one after another.</param>
/// <param name="Predicted">The wall time with no overhead at all.</param>
public sealed record PoolRound(int Workers, int ChunkSize, int Chunks, int Rounds, TimeSpan Predicted);
