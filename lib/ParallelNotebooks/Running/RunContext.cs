using System.Diagnostics;

namespace ParallelNotebooks;

/// <summary>
/// The shared state of one run: its clock, its token, the items finished so far and the first failure.
/// Runners record into it from any thread; at the end the run turns it into a plain <see cref="RunReport"/>.
/// </summary>
public sealed class RunContext : IDisposable
{
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();
    private readonly DateTimeOffset _startedAt = DateTimeOffset.Now;
    private readonly CancellationToken _callerToken;
    private readonly CancellationTokenSource _stop;
    private readonly TimeSpan _timeout;
    private readonly Lock _gate = new();
    private readonly List<ItemRecord> _completed;
    private readonly bool[] _recorded;
    private readonly List<int> _processIds = [];
    private readonly List<ItemRecord> _abandoned = [];
    private readonly IProgress<RunProgress>? _progress;
    private string? _failure;
    private bool _progressThrew;

    internal RunContext(Workload workload, int items, (int Workers, int ChunkSize) schedule, TimeSpan timeout, IProgress<RunProgress>? progress, CancellationToken callerToken)
    {
        Workload = workload;
        Items = items;
        (Workers, ChunkSize) = schedule;
        _recorded = new bool[items];
        // Sized once: growing a list of a million records would copy it again and again on the large-object heap.
        _completed = new List<ItemRecord>(items);
        _timeout = timeout;
        _progress = progress;
        _callerToken = callerToken;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        _stop.CancelAfter(timeout);
    }

    /// <summary>The workload of the run.</summary>
    public Workload Workload { get; }

    /// <summary>How many items the run was given, numbered from zero.</summary>
    public int Items { get; }

    /// <summary>How many items the strategy runs at once, as it scheduled the run.</summary>
    public int Workers { get; }

    /// <summary>How many items a worker takes at a time, as the strategy scheduled the run.</summary>
    public int ChunkSize { get; }

    /// <summary>Cancelled when the caller cancels, the timeout passes, or an item fails.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Notes a child process the run started, so the report lists it.</summary>
    public void AddProcess(int processId)
    {
        lock (_gate)
        {
            _processIds.Add(processId);
        }
    }

    /// <summary>
    /// Records a finished item; timestamps come from <see cref="Stopwatch.GetTimestamp"/>. It never throws: an item
    /// the run does not have, or a progress handler that throws, fails the run instead.
    /// </summary>
    public void Record(int item, string result, long startTimestamp, long endTimestamp, string worker)
    {
        if ((uint)item >= (uint)Items)
        {
            Fail($"A worker reported item {item}, but the run has items 0 to {Items - 1}.");
            return;
        }

        var record = new ItemRecord(
            item,
            result,
            Stopwatch.GetElapsedTime(_startTimestamp, startTimestamp),
            Stopwatch.GetElapsedTime(_startTimestamp, endTimestamp),
            worker)
        {
            Input = Workload.Inputs?[item],
        };
        int finished;
        lock (_gate)
        {
            // A flag per item keeps this check constant-time: the notebooks load Debug builds, and a million items
            // must not each scan the list.
            Debug.Assert(!_recorded[item], "An item is recorded once.");
            _recorded[item] = true;
            _completed.Add(record);
            finished = _completed.Count;
        }

        Report(new RunProgress(finished, Items, Stopwatch.GetElapsedTime(_startTimestamp), record));
    }

    /// <summary>
    /// Records an attempt at an item that was given up (its worker died or did not answer) and will be made again:
    /// <paramref name="reason"/> says why. Timestamps come from <see cref="Stopwatch.GetTimestamp"/>.
    /// </summary>
    public void RecordAbandoned(int item, string reason, long startTimestamp, long endTimestamp, string worker)
    {
        var record = new ItemRecord(item, reason, Stopwatch.GetElapsedTime(_startTimestamp, startTimestamp), Stopwatch.GetElapsedTime(_startTimestamp, endTimestamp), worker);
        lock (_gate)
        {
            _abandoned.Add(record);
        }
    }

    /// <summary>Notes the first failure and stops the rest of the run.</summary>
    public void Fail(string message)
    {
        lock (_gate)
        {
            _failure ??= message;
        }

        _stop.Cancel();
    }

    /// <summary>
    /// Runs one item on the calling thread and records it. It never throws: an item that throws fails the run,
    /// and an item stopped by <see cref="Token"/> stays unfinished.
    /// </summary>
    public void RunItem(int item)
    {
        var start = Stopwatch.GetTimestamp();
        string result;
        try
        {
            result = Workload.Run(item, Token);
        }
        catch (OperationCanceledException) when (Token.IsCancellationRequested)
        {
            // Stopped with the run: the item stays unfinished, and the runner reports why the run stopped.
            return;
        }
        catch (Exception e)
        {
            Fail(ItemThrew(Workload, item, e));
            return;
        }

        Record(item, result, start, Stopwatch.GetTimestamp(), CurrentThread);
    }

    /// <summary>
    /// Runs one item as a task that holds no thread while it waits, and records it under the task's name:
    /// such a task moves between threads, so the thread it started on would say little. Never throws.
    /// </summary>
    public async Task RunItemAsync(int item)
    {
        var start = Stopwatch.GetTimestamp();
        string result;
        try
        {
            result = await Workload.RunAsync(item, Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (Token.IsCancellationRequested)
        {
            // Stopped with the run: the item stays unfinished, and the runner reports why the run stopped.
            return;
        }
        catch (Exception e)
        {
            Fail(ItemThrew(Workload, item, e));
            return;
        }

        Record(item, result, start, Stopwatch.GetTimestamp(), $"task {item}");
    }

    /// <summary>
    /// Tells the caller's handler of an item. A handler that throws runs on a worker thread, where its exception
    /// would end the process (a notebook's kernel): it fails the run instead, and the run stops telling it.
    /// </summary>
    private void Report(RunProgress progress)
    {
        if (_progress is null || Volatile.Read(ref _progressThrew))
        {
            return;
        }

        try
        {
            _progress.Report(progress);
        }
        catch (Exception e)
        {
            Volatile.Write(ref _progressThrew, true);
            Fail($"The progress handler threw {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// Stops the run before it began: the timeout passed, or the caller canceled, while item 0 was timed. The report
    /// then says timed out (or canceled), with every item unfinished.
    /// </summary>
    internal void StopBeforeStart() => _stop.Cancel();

    internal RunReport ToReport(string strategy, TimeSpan itemTime, TimeSpan ideal)
    {
        var wall = Stopwatch.GetElapsedTime(_startTimestamp);
        lock (_gate)
        {
            var (outcome, failure) = (_failure, _callerToken.IsCancellationRequested, _stop.IsCancellationRequested) switch
            {
                ({ } message, _, _) => (RunOutcome.Failed, message),
                (null, true, _) => (RunOutcome.Canceled, "The run was canceled."),
                (null, false, true) => (RunOutcome.TimedOut, $"The run passed its {_timeout.TotalSeconds:0.###} s timeout."),
                _ => (RunOutcome.Completed, (string?)null),
            };
            Debug.Assert(outcome != RunOutcome.Completed || _completed.Count == Items, "A completed run finished every item.");
            return new RunReport
            {
                Strategy = strategy,
                Workload = Workload.Name,
                ItemCount = Items,
                Workers = Workers,
                ChunkSize = ChunkSize,
                ProcessorCount = Environment.ProcessorCount,
                StartedAt = _startedAt,
                Wall = wall,
                ItemTime = itemTime,
                Ideal = ideal,
                Completed = [.. _completed],
                Unfinished = [.. Enumerable.Range(0, Items).Where(i => !_recorded[i])],
                Outcome = outcome,
                Failure = failure,
                ProcessIds = [.. _processIds],
                Abandoned = [.. _abandoned],
            };
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stop.Dispose();

    private static string CurrentThread => $"thread {Environment.CurrentManagedThreadId}";

    internal static string ItemThrew(Workload workload, int item, Exception e) =>
        $"Item {item}{(workload.Inputs is { } inputs ? $" (input '{inputs[item]}')" : "")} threw {e.GetType().Name}: {e.Message}";
}
