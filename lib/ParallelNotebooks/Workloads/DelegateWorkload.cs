
namespace ParallelNotebooks;

/// <summary>
/// A learner's own function as a workload, blocking or awaiting, of the item number or of the item's input. It lives in
/// this process, so only the in-process runners can call it: a process runner needs the same function in a worker file.
/// </summary>
internal sealed class DelegateWorkload : Workload
{
    private readonly Func<int, CancellationToken, string>? _run;
    private readonly Func<int, CancellationToken, Task<string>>? _runAsync;
    private readonly Lazy<TimeSpan> _timed;

    private DelegateWorkload(string name, IReadOnlyList<string>? inputs, bool usesCpu, TimeSpan? itemTime,
        Func<int, CancellationToken, string>? run, Func<int, CancellationToken, Task<string>>? runAsync)
    {
        Name = name;
        Inputs = inputs;
        UsesCpu = usesCpu;
        ItemTime = itemTime;
        _run = run;
        _runAsync = runAsync;
        // Timed once per workload: the function has no text to key a shared cache by, and timing runs item 0 twice. An item
        // that threw is not remembered: the learner fixes the input and runs again.
        _timed = new Lazy<TimeSpan>(base.TimeOneItem, LazyThreadSafetyMode.PublicationOnly);
    }

    public static DelegateWorkload Blocking(string name, IReadOnlyList<string>? inputs, bool usesCpu, TimeSpan? itemTime, Func<int, CancellationToken, string> run) =>
        new(name, inputs, usesCpu, itemTime, run, runAsync: null);

    public static DelegateWorkload Awaiting(string name, IReadOnlyList<string>? inputs, bool usesCpu, TimeSpan? itemTime, Func<int, CancellationToken, Task<string>> runAsync) =>
        new(name, inputs, usesCpu, itemTime, run: null, runAsync);

    public override string Name { get; }

    public override TimeSpan? ItemTime { get; }

    public override bool UsesCpu { get; }

    public override IReadOnlyList<string>? Inputs { get; }

    public override string Spec => throw new NotSupportedException(InProcessOnly(Name, "whatever reads its Spec (a worker process, a silo)"));

    internal override string? CannotRunIn(ItemPlace place, string strategy) => place switch
    {
        ItemPlace.ThisProcess => null,
        ItemPlace.WorkerProcess => InProcessOnly(Name, $"the {strategy} runner"),
        _ => $"'{Name}' is a function in this process (Workload.Create), and the {strategy} runner runs only the kit's own " +
            "workloads, which it rebuilds elsewhere from their Spec. Run it on an in-process runner, or on a process runner through a worker file.",
    };

    public override string Run(int item, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // The runners call this on their own threads, which have no synchronization context to deadlock on.
        return _run is not null ? _run(item, cancellationToken) : _runAsync!(item, cancellationToken).GetAwaiter().GetResult();
    }

    public override Task<string> RunAsync(int item, CancellationToken cancellationToken = default) =>
        _runAsync is not null ? _runAsync(item, cancellationToken) : base.RunAsync(item, cancellationToken);

    internal override string? TimingKey => null;

    internal override TimeSpan TimeOneItem() => _timed.Value;

    private static string InProcessOnly(string name, string where) =>
        $"'{name}' is a function in this process (Workload.Create), and {where} runs items in other processes, which cannot call it. " +
        "Write the function in a worker file (one call: WorkerHost.Serve(input => ...)) and give the runner " +
        "WorkerFile.Build(path).Workload(...) instead; notebooks/12-your-own-work.ipynb shows how.";
}
