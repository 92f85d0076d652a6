namespace ParallelNotebooks.Tests.Running;

public sealed class ThreadPerItemRunnerTests : RunnerTests
{
    protected override bool RunsInParallel => true;

    protected override Runner Create(TimeSpan timeout) => Runners.ThreadPerItem(new RunnerOptions { Timeout = timeout });
}
