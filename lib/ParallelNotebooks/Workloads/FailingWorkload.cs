namespace ParallelNotebooks;

/// <summary>Delegates to another workload, except that one item waits and then throws.</summary>
internal sealed class FailingWorkload(int failingItem, TimeSpan after, Workload inner) : Workload
{
    public override string Name => $"{inner.Name}, item {failingItem} failing after {Seconds(after)}";

    public override TimeSpan? ItemTime => inner.ItemTime;

    public override bool UsesCpu => inner.UsesCpu;

    public override string Spec => $"failing:{failingItem}:{Ticks(after)}:{inner.Spec}";

    internal override TimeSpan TimeOneItem() => inner.TimeOneItem();

    public override string Run(int item, CancellationToken cancellationToken = default)
    {
        if (item != failingItem)
        {
            return inner.Run(item, cancellationToken);
        }

        Block(after, cancellationToken);
        throw Failure(item);
    }

    public override async Task<string> RunAsync(int item, CancellationToken cancellationToken = default)
    {
        if (item != failingItem)
        {
            return await inner.RunAsync(item, cancellationToken).ConfigureAwait(false);
        }

        await Task.Delay(after, cancellationToken).ConfigureAwait(false);
        throw Failure(item);
    }

    private static InvalidOperationException Failure(int item) => new($"item {item} failed on purpose");
}
