namespace ParallelNotebooks.Running.Processes;

/// <summary>What a worker writes on standard output for one item, read by <see cref="WorkerStart.TryRead"/>.</summary>
/// <param name="Item">The item number.</param>
/// <param name="Result">What the item returned.</param>
/// <param name="ProcessId">The id of the worker process that ran it.</param>
/// <param name="Start">When the item started, as a <see cref="System.Diagnostics.Stopwatch"/> timestamp: one clock for every process of the machine.</param>
/// <param name="End">When the item ended, on the same clock.</param>
public sealed record WorkerLine(int Item, string Result, int ProcessId, long Start, long End);
