using ParallelNotebooks.Running;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Workloads;

/// <summary>
/// A workload whose function lives in a learner's worker file: the process runners start that worker instead of the
/// kit's, and tell it the inputs through its spec (see <see cref="WorkerInputs"/>). Nothing in this process can run it.
/// </summary>
internal sealed class HostedWorkload : Workload
{
    private readonly WorkerFile _worker;
    private readonly Lazy<TimeSpan> _timed;

    public HostedWorkload(WorkerFile worker, string name, IReadOnlyList<string>? inputs, bool usesCpu, TimeSpan? itemTime, string spec)
    {
        _worker = worker;
        Name = name;
        Inputs = inputs;
        UsesCpu = usesCpu;
        ItemTime = itemTime;
        Spec = spec;
        // Timed once per workload, in a worker of its own; a failed timing is not remembered, so a fixed input counts.
        _timed = new Lazy<TimeSpan>(() => WorkerTiming.TimeItemZero(_worker.Command, Spec), LazyThreadSafetyMode.PublicationOnly);
    }

    public override string Name { get; }

    public override TimeSpan? ItemTime { get; }

    public override bool UsesCpu { get; }

    public override IReadOnlyList<string>? Inputs { get; }

    /// <summary>What the worker file is started with: <c>items</c>, or <c>inputs:PATH</c>. <see cref="Workload.Parse"/> does not rebuild it.</summary>
    public override string Spec { get; }

    internal override WorkerCommand? OwnWorker => _worker.Command;

    internal override string? TimingKey => null;

    internal override string? CannotRunIn(ItemPlace place, string strategy) => place == ItemPlace.WorkerProcess ? null : NotHere(strategy);

    public override string Run(int item, CancellationToken cancellationToken = default) => throw new NotSupportedException(NotHere("this process"));

    public override Task<string> RunAsync(int item, CancellationToken cancellationToken = default) => throw new NotSupportedException(NotHere("this process"));

    internal override TimeSpan TimeOneItem() => _timed.Value;

    private string NotHere(string where) =>
        $"'{Name}' runs in worker processes of {_worker.Source}, and {(where == "this process" ? where : $"the {where} runner")} does not start " +
        "worker processes. For the in-process runners, make the same function a workload with Workload.Create(...).";
}
