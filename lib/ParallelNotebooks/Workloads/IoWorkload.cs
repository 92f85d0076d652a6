namespace ParallelNotebooks;

/// <summary>An item that only waits, as a network or disk call does. Its result names the item.</summary>
internal sealed class IoWorkload(TimeSpan wait) : Workload
{
    public override string Name => $"I/O item ({Seconds(wait)} wait)";

    public override TimeSpan? ItemTime => wait;

    public override bool UsesCpu => false;

    public override string Spec => "io:" + Ticks(wait);

    public override string Run(int item, CancellationToken cancellationToken = default)
    {
        AssertItem(item);
        Block(wait, cancellationToken);
        return Reply(item);
    }

    public override async Task<string> RunAsync(int item, CancellationToken cancellationToken = default)
    {
        AssertItem(item);
        await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        return Reply(item);
    }

    private static string Reply(int item) => $"reply {item}";
}
