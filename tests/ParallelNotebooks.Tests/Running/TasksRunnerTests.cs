namespace ParallelNotebooks.Tests.Running;

public sealed class TasksRunnerTests : RunnerTests
{
    protected override bool RunsInParallel => true;

    protected override Runner Create(TimeSpan timeout) => Runners.Tasks(new RunnerOptions { Timeout = timeout });
}
