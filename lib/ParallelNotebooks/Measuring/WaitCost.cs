namespace ParallelNotebooks;

/// <summary>What holding <paramref name="Count"/> waits at once cost one strategy: time and memory.</summary>
/// <param name="Strategy">How the waits were held: <c>tasks</c> or <c>thread per item</c>.</param>
/// <param name="Count">How many waits were held at the same moment.</param>
/// <param name="Wall">From starting the first wait until the last one finished, once all had been released.</param>
/// <param name="MemoryBytes">
/// How much memory the process took for the waits while every one was held: the larger of the growth of its managed
/// heap (where tasks live) and of its resident memory (where thread stacks live). At small counts the noise in the
/// process's memory can outweigh the waits' own.
/// </param>
public sealed record WaitCost(string Strategy, int Count, TimeSpan Wall, long MemoryBytes)
{
    /// <summary>Memory per wait, in bytes.</summary>
    public double BytesPerWait => (double)MemoryBytes / Count;

    /// <summary>Time per wait, in microseconds.</summary>
    public double MicrosecondsPerWait => Wall.TotalMicroseconds / Count;
}
