namespace ParallelNotebooks.Tests.Cluster;

/// <summary>
/// The cluster tests run one class at a time: a process holds one cluster at a time (starting one disposes the last),
/// so two classes starting clusters at once would stop each other's.
/// </summary>
[CollectionDefinition(nameof(ClusterCollection), DisableParallelization = true)]
public sealed class ClusterCollection;
