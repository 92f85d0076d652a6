namespace ParallelNotebooks;

/// <summary>Runs the items one after another on the calling thread.</summary>
internal sealed class SerialRunner(RunnerOptions options) : Runner(options)
{
    internal override ItemPlace Place => ItemPlace.ThisProcess;

    public override string Strategy => "serial";

    protected override (int Workers, int ChunkSize) Schedule(int items) => (1, 1);

    protected override Task ExecuteAsync(RunContext context) => Task.Run(
        () =>
        {
            for (var item = 0; item < context.Items; item++)
            {
                context.Token.ThrowIfCancellationRequested();
                context.RunItem(item);
            }

            context.Token.ThrowIfCancellationRequested();
        },
        CancellationToken.None);
}
