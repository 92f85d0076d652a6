namespace ParallelNotebooks.Tests.Cluster;

/// <summary>A two-silo cluster shared by the tests of one class: silos take seconds to start.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public LocalCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await LocalCluster.StartAsync(silos: 2, responseTimeout: TimeSpan.FromSeconds(10));

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
