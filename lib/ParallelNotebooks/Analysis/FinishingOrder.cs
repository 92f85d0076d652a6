namespace ParallelNotebooks;

/// <summary>The order in which a run's items really finished, read from their end times.</summary>
public static class FinishingOrder
{
    /// <summary>The items, first finished first, by the time each ended (ties by item number).</summary>
    public static IReadOnlyList<int> Of(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Completed.OrderBy(r => r.End).ThenBy(r => r.Item).Select(r => r.Item)];
    }

    /// <summary>How many items finished before an item with a lower number: 0 when they finished in item order.</summary>
    public static int OvertakenCount(IReadOnlyList<int> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var highest = int.MinValue;
        var overtaken = 0;
        foreach (var item in order)
        {
            if (item < highest)
            {
                overtaken++;
            }

            highest = Math.Max(highest, item);
        }

        return overtaken;
    }

    /// <summary>
    /// The order in words, honest either way: <c>out of item order (N items finished after a higher-numbered one)</c>,
    /// or <c>in item order this time, though nothing made it so</c>.
    /// </summary>
    public static string Describe(IReadOnlyList<int> order)
    {
        var overtaken = OvertakenCount(order);
        var items = string.Join(' ', order);
        return overtaken == 0
            ? $"{items}: in item order this time, though nothing made it so"
            : $"{items}: out of item order ({overtaken} item{(overtaken == 1 ? "" : "s")} finished after a higher-numbered one)";
    }
}
