namespace ParallelNotebooks;

/// <summary>
/// Runs the items with <c>Parallel.For</c> on the .NET thread pool. The pool starts with one thread per
/// core and adds threads slowly, so items that block wait their turn unless <see cref="ThreadPoolOptions.RaiseMinThreads"/> is set.
/// </summary>
internal sealed class ThreadPoolRunner(ThreadPoolOptions options) : Runner(options)
{
    internal override ItemPlace Place => ItemPlace.ThisProcess;

    public override string Strategy => options.RaiseMinThreads ? "thread pool (min threads raised)" : "thread pool";

    protected override (int Workers, int ChunkSize) Schedule(int items) =>
        (options.MaxDegreeOfParallelism == -1 ? items : Math.Min(items, options.MaxDegreeOfParallelism), 1);

    protected override Task ExecuteAsync(RunContext context) => Task.Run(
        () =>
        {
            // A pool thread for every item, with one to spare.
            using var raise = options.RaiseMinThreads ? MinThreadsRaise.Hold(context.Items + 1) : null;
            var parallel = new ParallelOptions
            {
                CancellationToken = context.Token,
                MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            };
            Parallel.For(0, context.Items, parallel, context.RunItem);
        },
        CancellationToken.None);
}
