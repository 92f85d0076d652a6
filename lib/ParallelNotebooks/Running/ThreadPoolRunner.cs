namespace ParallelNotebooks.Running;

/// <summary>
/// Runs the items with <c>Parallel.For</c> on the .NET thread pool. The pool starts with one thread per
/// core and adds threads slowly, so items that block wait their turn unless <see cref="ThreadPoolOptions.RaiseMinThreads"/> is set.
/// </summary>
internal sealed class ThreadPoolRunner(ThreadPoolOptions options) : Runner(options)
{
    public override string Strategy => options.RaiseMinThreads ? "thread pool (min threads raised)" : "thread pool";

    protected override (int Workers, int ChunkSize) Schedule(int items) =>
        (options.MaxDegreeOfParallelism == -1 ? items : Math.Min(items, options.MaxDegreeOfParallelism), 1);

    protected override Task ExecuteAsync(RunContext context) => Task.Run(
        () =>
        {
            System.Threading.ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
            if (options.RaiseMinThreads)
            {
                System.Threading.ThreadPool.SetMinThreads(Math.Max(minWorkers, context.Items + 1), minIo);
            }

            try
            {
                var parallel = new ParallelOptions
                {
                    CancellationToken = context.Token,
                    MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
                };
                Parallel.For(0, context.Items, parallel, context.RunItem);
            }
            finally
            {
                if (options.RaiseMinThreads)
                {
                    System.Threading.ThreadPool.SetMinThreads(minWorkers, minIo);
                }
            }
        },
        CancellationToken.None);
}
