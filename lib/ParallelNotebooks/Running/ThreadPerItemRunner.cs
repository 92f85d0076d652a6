namespace ParallelNotebooks;

/// <summary>Starts one dedicated thread per item, then joins them all: the thread twin of one process per item.</summary>
internal sealed class ThreadPerItemRunner(RunnerOptions options) : Runner(options)
{
    internal override ItemPlace Place => ItemPlace.ThisProcess;

    public override string Strategy => "thread per item";

    protected override (int Workers, int ChunkSize) Schedule(int items) => (items, 1);

    protected override Task ExecuteAsync(RunContext context)
    {
        var joined = new Task[context.Items];
        for (var item = 0; item < context.Items; item++)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var thread = new Thread(state =>
            {
                context.RunItem((int)state!);
                done.SetResult();
            })
            {
                // A background thread never keeps a learner's process alive after a stopped run.
                IsBackground = true,
                Name = $"item {item}",
            };
            thread.Start(item);
            joined[item] = done.Task;
        }

        return JoinAsync(joined, context);
    }

    private static async Task JoinAsync(Task[] joined, RunContext context)
    {
        await Task.WhenAll(joined).ConfigureAwait(false);
        context.Token.ThrowIfCancellationRequested();
    }
}
