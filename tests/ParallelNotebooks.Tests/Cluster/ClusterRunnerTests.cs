using ParallelNotebooks.Tests.Running;

namespace ParallelNotebooks.Tests.Cluster;

/// <summary>The cluster runner passes what every runner must; its silos belong to the cluster, not to a run.</summary>
[Collection(nameof(ClusterCollection))]
public sealed class ClusterRunnerTests(ClusterFixture fixture) : RunnerTests, IClassFixture<ClusterFixture>
{
    protected override bool RunsInParallel => true;

    protected override bool RunsOwnCode => false;

    protected override Runner Create(TimeSpan timeout) => fixture.Cluster.Runner(new ClusterOptions { Timeout = timeout });
}
