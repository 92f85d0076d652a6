using System.Globalization;

namespace ParallelNotebooks;

/// <summary>Items that wait for different lengths, as files of different sizes would: item i waits waits[i mod count].</summary>
internal sealed class UnevenWorkload(IReadOnlyList<TimeSpan> waits) : Workload
{
    public override string Name =>
        $"uneven items ({Seconds(waits.Min())} to {Seconds(waits.Max())} wait)";

    /// <summary>The mean wait: the report's ideal then treats the items as equal, which only the mean can stand for.</summary>
    public override TimeSpan? ItemTime => TimeSpan.FromTicks((long)waits.Average(w => w.Ticks));

    public override bool UsesCpu => false;

    public override string Spec => "uneven:" + string.Join(",", waits.Select(Ticks));

    /// <summary>How long item <paramref name="item"/> waits.</summary>
    internal TimeSpan WaitOf(int item) => waits[item % waits.Count];

    public override string Run(int item, CancellationToken cancellationToken = default)
    {
        AssertItem(item);
        Block(WaitOf(item), cancellationToken);
        return Reply(item);
    }

    public override async Task<string> RunAsync(int item, CancellationToken cancellationToken = default)
    {
        AssertItem(item);
        await Task.Delay(WaitOf(item), cancellationToken).ConfigureAwait(false);
        return Reply(item);
    }

    private string Reply(int item) => $"waited {WaitOf(item).TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";
}
