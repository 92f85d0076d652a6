namespace ParallelNotebooks;

/// <summary>One finished item: what it returned, when it ran, and which worker ran it.</summary>
/// <param name="Item">The item number, from zero.</param>
/// <param name="Result">What the workload returned for the item.</param>
/// <param name="Start">When the item started, measured from the start of the run.</param>
/// <param name="End">When the item finished, measured from the start of the run.</param>
/// <param name="Worker">The worker that ran it, such as <c>process 4242</c> or <c>thread 12</c>.</param>
public sealed record ItemRecord(int Item, string Result, TimeSpan Start, TimeSpan End, string Worker)
{
    /// <summary>
    /// The input the item stood for, such as a file path, when its workload has inputs (<see cref="Workload.Inputs"/>);
    /// otherwise <see langword="null"/>.
    /// </summary>
    public string? Input { get; init; }

    /// <summary>How long the item took on its worker.</summary>
    public TimeSpan Duration => End - Start;
}
