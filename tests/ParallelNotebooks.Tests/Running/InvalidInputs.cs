namespace ParallelNotebooks.Tests.Running;

/// <summary>Bad inputs shared by the tests of every runner and option.</summary>
public static class InvalidInputs
{
    public static TheoryData<int> ItemCounts => [0, -1, int.MinValue];

    public static TheoryData<int> WorkerCounts => [0, -1];

    public static TheoryData<TimeSpan> Timeouts => [TimeSpan.Zero, TimeSpan.FromSeconds(-1)];
}
