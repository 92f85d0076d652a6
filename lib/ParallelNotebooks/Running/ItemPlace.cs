namespace ParallelNotebooks;

/// <summary>Where a runner runs a workload's items, which decides the workloads it can take.</summary>
internal enum ItemPlace
{
    /// <summary>On threads or tasks of this process: any workload whose code this process holds.</summary>
    ThisProcess,

    /// <summary>In worker processes started through the worker protocol: the kit's worker, or a learner's worker file.</summary>
    WorkerProcess,

    /// <summary>Somewhere that rebuilds the workload from its <c>Spec</c> (a cluster's silos): the kit's own workloads only.</summary>
    Elsewhere,
}
