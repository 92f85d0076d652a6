namespace ParallelNotebooks.Tests.Fakes;

/// <summary>Hand-built reports, so exporters and charts are tested without running anything.</summary>
public static class FakeReports
{
    public static RunReport Serial { get; } = Report("serial", workers: 1, wall: 20.0, ideal: 20.0,
        [Item(0, "zero", 0, 2, "thread 1"), Item(1, "odd", 2, 4, "thread 1"), Item(2, "even", 4, 6, "thread 1")]);

    public static RunReport Pool { get; } = Report("process pool", workers: 2, wall: 5.0, ideal: 4.0,
        [Item(1, "odd", 0.5, 2.5, "process 11"), Item(0, "zero", 0.4, 2.6, "process 10"), Item(2, "even", 2.6, 4.6, "process 10")]);

    public static RunReport Report(string strategy, int workers, double wall, double ideal, IReadOnlyList<ItemRecord> completed) => new()
    {
        Strategy = strategy,
        Workload = "article item (2 s wait)",
        ItemCount = completed.Count,
        Workers = workers,
        ProcessorCount = 2,
        StartedAt = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero),
        Wall = TimeSpan.FromSeconds(wall),
        ItemTime = TimeSpan.FromSeconds(2),
        Ideal = TimeSpan.FromSeconds(ideal),
        Completed = completed,
        Unfinished = [],
        Outcome = RunOutcome.Completed,
    };

    public static ItemRecord Item(int item, string result, double start, double end, string worker) =>
        new(item, result, TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), worker);
}
