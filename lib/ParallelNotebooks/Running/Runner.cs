namespace ParallelNotebooks;

/// <summary>
/// One way of running items 0 to n-1 of a workload: serially, in child processes, on threads or as tasks.
/// Every runner measures the same things and returns a <see cref="RunReport"/>; create one with <see cref="Runners"/>.
/// A runner defined elsewhere (the cluster runner, for one) derives from this class and records into the
/// <see cref="RunContext"/> it is given, so its report has the same shape as every other runner's.
/// </summary>
public abstract class Runner
{
    private readonly RunnerOptions _options;

    /// <summary>Creates a runner with the options every runner understands.</summary>
    protected Runner(RunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The strategy's name, as charts and tables show it.</summary>
    public abstract string Strategy { get; }

    /// <summary>
    /// Runs items 0 to <paramref name="items"/> - 1 and measures the run. A failing item, a dying worker, the
    /// timeout and <paramref name="cancellationToken"/> all stop the run: every child process is killed, and
    /// the report keeps the items finished before that, with the reason.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="workload"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="items"/> is less than 1.</exception>
    public Task<RunReport> RunAsync(Workload workload, int items, CancellationToken cancellationToken = default) =>
        RunAsync(workload, items, progress: null, cancellationToken);

    /// <summary>
    /// Runs items 0 to <paramref name="items"/> - 1 as <see cref="RunAsync(Workload, int, CancellationToken)"/> does,
    /// reporting to <paramref name="progress"/> each time an item finishes (from whichever thread finished it).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="workload"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="items"/> is less than 1.</exception>
    public async Task<RunReport> RunAsync(Workload workload, int items, IProgress<RunProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        if (workload.Inputs is { } inputs && items > inputs.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(items), items, $"'{workload.Name}' has {inputs.Count} inputs, so a run takes at most {inputs.Count} items.");
        }

        // A function this process holds cannot run in a worker process, nor a worker file's function here: said now,
        // not as a failure deep inside the run.
        if (workload.CannotRunIn(Place, Strategy) is { } reason)
        {
            throw new ArgumentException(reason, nameof(workload));
        }

        // The schedule is computed once here and kept in the context: runners read it there, and the report keeps it.
        var schedule = Schedule(items);
        // The timing before the run honours the run's timeout and token too: a function that hangs on item 0 must not
        // hang the call. Its time is not the run's, so the run's own clock starts after it.
        using var timing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timing.CancelAfter(_options.Timeout);
        var (itemTime, timingFailure) = await ItemTimeAsync(workload, timing.Token).ConfigureAwait(false);
        var ideal = timingFailure is null && !timing.IsCancellationRequested
            ? IdealTime.Of(items, schedule.Workers, schedule.ChunkSize, itemTime, workload.UsesCpu, Environment.ProcessorCount)
            : TimeSpan.Zero;
        using var context = new RunContext(workload, items, schedule, _options.Timeout, progress, cancellationToken);
        if (timingFailure is not null)
        {
            context.Fail(timingFailure);
            return context.ToReport(Strategy, itemTime, ideal);
        }

        if (timing.IsCancellationRequested)
        {
            // Canceled by the caller, or out of time while item 0 was being timed: no item of the run began.
            context.StopBeforeStart();
            return context.ToReport(Strategy, itemTime, ideal);
        }

        try
        {
            await ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.Token.IsCancellationRequested)
        {
            // The reason (failure, timeout or caller) is already in the context; the report tells it.
        }
        catch (Exception e)
        {
            // Whatever a strategy lets slip (a broken pipe to a worker, say) ends this run, not the caller's program.
            context.Fail($"The run stopped on {e.GetType().Name}: {e.Message}");
        }

        return context.ToReport(Strategy, itemTime, ideal);
    }

    /// <inheritdoc />
    public override string ToString() => Strategy;

    /// <summary>Where this runner runs items. Default: elsewhere, so a runner defined outside the kit takes the kit's own workloads only.</summary>
    internal virtual ItemPlace Place => ItemPlace.Elsewhere;

    /// <summary>
    /// The item time the ideal is built from: the workload's own, else one item timed before the run (on the thread pool:
    /// a learner's awaiting function must not block a notebook's thread). An item that fails there fails the run.
    /// </summary>
    private static async Task<(TimeSpan ItemTime, string? Failure)> ItemTimeAsync(Workload workload, CancellationToken cancellationToken)
    {
        if (workload.ItemTime is { } known)
        {
            return (known, null);
        }

        try
        {
            return (await ItemTimer.TimeOneItemAsync(workload, cancellationToken).ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (TimeSpan.Zero, null);
        }
        catch (Exception e)
        {
            var input = workload.Inputs is { } inputs ? $" (input '{inputs[0]}')" : "";
            return (TimeSpan.Zero, $"Item 0{input} failed when it was timed for the ideal, before the run: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>How many items can run at once, and how many items a worker takes at a time.</summary>
    protected abstract (int Workers, int ChunkSize) Schedule(int items);

    /// <summary>Runs every item, recording each into <paramref name="context"/>, and stops when its token is cancelled.</summary>
    protected abstract Task ExecuteAsync(RunContext context);
}
