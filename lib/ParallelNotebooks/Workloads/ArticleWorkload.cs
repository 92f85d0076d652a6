namespace ParallelNotebooks;

/// <summary>The article's item: square, wait, classify the square.</summary>
internal sealed class ArticleWorkload(TimeSpan wait) : Workload
{
    public override string Name => $"article item ({Seconds(wait)} wait)";

    public override TimeSpan? ItemTime => wait;

    public override bool UsesCpu => false;

    public override string Spec => "article:" + Ticks(wait);

    public override string Run(int item, CancellationToken cancellationToken = default)
    {
        AssertItem(item);
        var square = (long)item * item;
        Block(wait, cancellationToken);
        return Classify(square);
    }

    public override async Task<string> RunAsync(int item, CancellationToken cancellationToken = default)
    {
        AssertItem(item);
        var square = (long)item * item;
        await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        return Classify(square);
    }

    internal static string Classify(long square) => square switch
    {
        0 => "zero",
        _ when square % 2 == 0 => "even",
        _ => "odd",
    };
}
