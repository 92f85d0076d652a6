namespace ParallelNotebooks.Running;

/// <summary>
/// Starts one task per item and awaits them all. Items that wait hold no thread while they wait, so a few
/// threads serve every item at once.
/// </summary>
internal sealed class TasksRunner(RunnerOptions options) : Runner(options)
{
    public override string Strategy => "tasks";

    protected override (int Workers, int ChunkSize) Schedule(int items) => (items, 1);

    protected override async Task ExecuteAsync(RunContext context)
    {
        await Task.WhenAll(Enumerable.Range(0, context.Items).Select(context.RunItemAsync)).ConfigureAwait(false);
        context.Token.ThrowIfCancellationRequested();
    }
}
