namespace ParallelNotebooks.Silo;

/// <summary>What a silo sends back for one item: its result, when it ran, and which silo process ran it.</summary>
/// <param name="Result">The item's result.</param>
/// <param name="Start">When it started, in <see cref="System.Diagnostics.Stopwatch"/> ticks (one clock for every process of a machine).</param>
/// <param name="End">When it ended, in the same ticks.</param>
/// <param name="ProcessId">The silo's process id.</param>
[GenerateSerializer]
[Immutable]
internal sealed record SiloItemResult(
    [property: Id(0)] string Result,
    [property: Id(1)] long Start,
    [property: Id(2)] long End,
    [property: Id(3)] int ProcessId);
