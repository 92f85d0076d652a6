using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks;

/// <summary>Creates the runners: one per strategy the article and its C# retelling compare.</summary>
public static class Runners
{
    /// <summary>One item after another on the calling thread: the article's plain for-loop.</summary>
    public static Runner Serial(RunnerOptions? options = null) => new SerialRunner(options ?? new());

    /// <summary>
    /// One child process per item, all started at once, then joined: the article's <c>Process</c> class.
    /// </summary>
    /// <exception cref="FileNotFoundException">The worker executable is not there.</exception>
    public static Runner ProcessPerItem(ProcessOptions? options = null)
    {
        options ??= new();
        return new ProcessPerItemRunner(options, WorkerLocator.Find(options.WorkerPath));
    }

    /// <summary>
    /// A fixed pool of long-lived worker processes fed chunks of items over pipes: the article's <c>Pool.map</c>.
    /// </summary>
    /// <exception cref="FileNotFoundException">The worker executable is not there.</exception>
    public static Runner ProcessPool(ProcessPoolOptions? options = null)
    {
        options ??= new();
        return new ProcessPoolRunner(options, WorkerLocator.Find(options.WorkerPath));
    }

    /// <summary>One new thread per item, all started at once, then joined.</summary>
    public static Runner ThreadPerItem(RunnerOptions? options = null) => new ThreadPerItemRunner(options ?? new());

    /// <summary>The .NET thread pool through <c>Parallel.For</c>, with or without the fix for blocking items.</summary>
    public static Runner ThreadPool(ThreadPoolOptions? options = null) => new ThreadPoolRunner(options ?? new());

    /// <summary>One task per item, each awaiting its work instead of blocking, joined with <c>Task.WhenAll</c>.</summary>
    public static Runner Tasks(RunnerOptions? options = null) => new TasksRunner(options ?? new());
}
