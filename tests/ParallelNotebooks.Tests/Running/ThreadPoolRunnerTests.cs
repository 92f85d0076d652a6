namespace ParallelNotebooks.Tests.Running;

public sealed class ThreadPoolRunnerTests : RunnerTests
{
    protected override bool RunsInParallel => true;

    protected override Runner Create(TimeSpan timeout) => Runners.ThreadPool(new ThreadPoolOptions { Timeout = timeout });
}

[Collection(nameof(ThreadPoolMinimumCollection))]
public sealed class ThreadPoolWithMinThreadsRaisedRunnerTests : RunnerTests
{
    protected override bool RunsInParallel => true;

    protected override Runner Create(TimeSpan timeout) =>
        Runners.ThreadPool(new ThreadPoolOptions { Timeout = timeout, RaiseMinThreads = true });
}
