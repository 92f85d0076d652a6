namespace ParallelNotebooks;

/// <summary>
/// Starts one task per item and awaits them all. Items that wait hold no thread while they wait, so a few
/// threads serve every item at once.
/// </summary>
internal sealed class TasksRunner(RunnerOptions options) : Runner(options)
{
    internal override ItemPlace Place => ItemPlace.ThisProcess;

    public override string Strategy => "tasks";

    protected override (int Workers, int ChunkSize) Schedule(int items) => (items, 1);

    protected override async Task ExecuteAsync(RunContext context)
    {
        // Only the items still waiting are joined: an item that finished as it started (no wait at all) needs no
        // place in the list, which keeps a million such items from building a million-entry one.
        var waiting = new List<Task>();
        for (var item = 0; item < context.Items; item++)
        {
            var run = context.RunItemAsync(item);
            if (!run.IsCompleted)
            {
                waiting.Add(run);
            }
        }

        await Task.WhenAll(waiting).ConfigureAwait(false);
        context.Token.ThrowIfCancellationRequested();
    }
}
