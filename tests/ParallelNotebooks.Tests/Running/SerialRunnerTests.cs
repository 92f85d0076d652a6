namespace ParallelNotebooks.Tests.Running;

public sealed class SerialRunnerTests : RunnerTests
{
    protected override bool RunsInParallel => false;

    protected override Runner Create(TimeSpan timeout) => Runners.Serial(new RunnerOptions { Timeout = timeout });
}
