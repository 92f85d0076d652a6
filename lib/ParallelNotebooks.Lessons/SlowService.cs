namespace ParallelNotebooks.Lessons;

/// <summary>
/// A stand-in for a web service or a disk, for the exercises of lessons 09 and 10: every call waits, and the service
/// counts how many calls were waiting at the same moment and which of its two doors they came through, the blocking
/// <see cref="Call"/> (it holds the caller's thread for the whole wait) or the awaitable <see cref="CallAsync"/>
/// (it holds none).
/// </summary>
public sealed class SlowService
{
    private readonly InFlight _waiting = new();
    private int _blockingCalls;
    private int _asyncCalls;

    /// <summary>Creates a service whose every call waits <paramref name="wait"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="wait"/> is not positive.</exception>
    public SlowService(TimeSpan wait)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(wait, TimeSpan.Zero);
        Wait = wait;
    }

    /// <summary>How long each call waits.</summary>
    public TimeSpan Wait { get; }

    /// <summary>The most calls that were waiting at the same moment.</summary>
    public int PeakWaits => _waiting.Most;

    /// <summary>How many calls came through the blocking <see cref="Call"/>.</summary>
    public int BlockingCalls => Volatile.Read(ref _blockingCalls);

    /// <summary>How many calls came through <see cref="CallAsync"/>.</summary>
    public int AsyncCalls => Volatile.Read(ref _asyncCalls);

    /// <summary>Calls the service and blocks the calling thread until the reply, <c>reply N</c>, comes.</summary>
    public string Call(int request)
    {
        Interlocked.Increment(ref _blockingCalls);
        _waiting.Enter();
        try
        {
            Thread.Sleep(Wait);
        }
        finally
        {
            _waiting.Leave();
        }

        return Reply(request);
    }

    /// <summary>Calls the service and returns a task that completes with the reply, <c>reply N</c>; no thread waits meanwhile.</summary>
    public async Task<string> CallAsync(int request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _asyncCalls);
        _waiting.Enter();
        try
        {
            await Task.Delay(Wait, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _waiting.Leave();
        }

        return Reply(request);
    }

    /// <summary>The reply a call for <paramref name="request"/> gives.</summary>
    public static string Reply(int request) => $"reply {request}";

    /// <inheritdoc />
    public override string ToString() =>
        $"{BlockingCalls + AsyncCalls} calls ({BlockingCalls} blocking, {AsyncCalls} awaited), at most {PeakWaits} waiting at once";
}
