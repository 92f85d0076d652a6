namespace ParallelNotebooks.Tests.Running;

public sealed class ProcessPoolRunnerTests : RunnerTests
{
    protected override bool RunsInParallel => true;

    protected override bool StartsProcesses => true;

    protected override Runner Create(TimeSpan timeout) => Runners.ProcessPool(new ProcessPoolOptions { Timeout = timeout });
}
