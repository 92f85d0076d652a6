namespace ParallelNotebooks;

/// <summary>
/// Raises the thread pool's minimum worker threads for as long as any run needs it. The minimum belongs to the whole
/// process, so two runs that each saved and restored it would undo each other: one ending first would take the
/// other's raise away, and the other would then restore a raised value for good. Raises are counted instead: the
/// minimum is the largest one still held, and the original comes back only when the last ends.
/// </summary>
internal static class MinThreadsRaise
{
    private static readonly Lock Gate = new();
    private static readonly List<int> Held = [];
    private static int _originalWorkers;
    private static int _originalIo;

    /// <summary>Raises the minimum to at least <paramref name="workers"/> until the returned lease is disposed.</summary>
    public static IDisposable Hold(int workers)
    {
        lock (Gate)
        {
            if (Held.Count == 0)
            {
                ThreadPool.GetMinThreads(out _originalWorkers, out _originalIo);
            }

            Held.Add(workers);
            Apply();
        }

        return new Lease(workers);
    }

    private static void Release(int workers)
    {
        lock (Gate)
        {
            Held.Remove(workers);
            Apply();
        }
    }

    private static void Apply()
    {
        // The pool refuses a minimum above its maximum, and would then keep the old minimum: cap it there.
        ThreadPool.GetMaxThreads(out var maxWorkers, out _);
        var wanted = Held.Count == 0 ? _originalWorkers : Math.Min(maxWorkers, Math.Max(_originalWorkers, Held.Max()));
        ThreadPool.SetMinThreads(wanted, _originalIo);
    }

    private sealed class Lease(int workers) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Release(workers);
            }
        }
    }
}
