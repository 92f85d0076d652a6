namespace ParallelNotebooks.Tests.Running;

public sealed class ProcessPerItemRunnerTests : RunnerTests
{
    protected override bool RunsInParallel => true;

    protected override bool StartsProcesses => true;

    protected override Runner Create(TimeSpan timeout) => Runners.ProcessPerItem(new ProcessOptions { Timeout = timeout });
}
