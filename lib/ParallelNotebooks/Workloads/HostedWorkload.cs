using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks;

/// <summary>
/// A workload whose function lives in a learner's worker file: the process runners start that worker instead of the
/// kit's, and tell it the inputs through its spec (see <see cref="WorkerInputs"/>). Nothing in this process can run it.
/// </summary>
internal sealed class HostedWorkload : Workload
{
    private readonly WorkerFile _worker;
    // Item 0's time in ticks once timed, -1 before: one long, so that a run reading it as another writes it sees all or nothing.
    private long _timedTicks = -1;

    public HostedWorkload(WorkerFile worker, string name, IReadOnlyList<string>? inputs, bool usesCpu, TimeSpan? itemTime, string spec)
    {
        _worker = worker;
        Name = name;
        Inputs = inputs;
        UsesCpu = usesCpu;
        ItemTime = itemTime;
        Spec = spec;
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

    internal override TimeSpan TimeOneItem() => throw new NotSupportedException(NotHere("this process"));

    /// <summary>
    /// Times item 0 once per workload, in a worker of its own, awaiting the worker instead of blocking a thread on it. A
    /// failed timing is not remembered, so an input fixed since counts; two runs timing at once both time, harmlessly.
    /// </summary>
    internal override async Task<TimeSpan> TimeOneItemAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _timedTicks) is var known and >= 0)
        {
            return TimeSpan.FromTicks(known);
        }

        var timed = await WorkerTiming.TimeItemZeroAsync(_worker.Command, Spec, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _timedTicks, timed.Ticks);
        return timed;
    }

    private string NotHere(string where) =>
        $"'{Name}' runs in worker processes of {_worker.Source}, and {(where == "this process" ? where : $"the {where} runner")} does not start " +
        "worker processes. For the in-process runners, make the same function a workload with Workload.Create(...).";
}
