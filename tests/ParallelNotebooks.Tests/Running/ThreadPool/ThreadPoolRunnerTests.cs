using ParallelNotebooks.Running;
using ParallelNotebooks.Running.ThreadPool;

namespace ParallelNotebooks.Tests.Running.ThreadPool;

public sealed class ThreadPoolRunnerTests : RunnerTests
{
    protected override bool RunsInParallel => true;

    protected override Runner Create(TimeSpan timeout) => Runners.ThreadPool(new ThreadPoolOptions { Timeout = timeout });
}

public sealed class ThreadPoolWithMinThreadsRaisedRunnerTests : RunnerTests
{
    protected override bool RunsInParallel => true;

    protected override Runner Create(TimeSpan timeout) =>
        Runners.ThreadPool(new ThreadPoolOptions { Timeout = timeout, RaiseMinThreads = true });
}
