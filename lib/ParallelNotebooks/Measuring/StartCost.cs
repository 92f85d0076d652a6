using System.Diagnostics;
using System.Globalization;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks;

/// <summary>
/// What it costs to start one unit of parallel work and wait for it to finish, doing nothing: a thread, a task,
/// a worker process. Each figure is the median of several samples, after one warm-up.
/// </summary>
public static class StartCost
{
    /// <summary>Starts and joins a new thread that does nothing.</summary>
    public static TimeSpan Thread(int samples = 50) => Median(samples, () =>
    {
        var thread = new System.Threading.Thread(() => { });
        thread.Start();
        thread.Join();
    });

    /// <summary>
    /// Hands a task that does nothing to a thread-pool thread and waits for it to finish there. Each sample times a
    /// batch of <see cref="TaskBatch"/> hand-offs and divides, in nanoseconds, so clock steps do not round it away;
    /// the median is rounded up to whole 100 ns ticks, so it is never zero.
    /// </summary>
    /// <remarks>
    /// The hand-offs are made from a dedicated thread: from a pool thread, waiting for a task that has not started
    /// yet runs it inline on the waiting thread, which is no hand-off at all (about 0.1 µs, and read as zero once).
    /// </remarks>
    public static TimeSpan Task(int samples = 50)
    {
        var (nanoseconds, _) = TaskHandOff(samples);
        return TimeSpan.FromTicks((long)Math.Ceiling(nanoseconds / 100));
    }

    /// <summary>How many hand-offs one sample of <see cref="Task"/> times together.</summary>
    internal const int TaskBatch = 100;

    /// <summary>The median nanoseconds per hand-off, and how many of the tasks ran on the waiting thread itself.</summary>
    internal static (double Nanoseconds, int RanInline) TaskHandOff(int samples)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        var perHandOff = new double[samples];
        var ranInline = 0;
        var measurer = new System.Threading.Thread(() =>
        {
            var caller = Environment.CurrentManagedThreadId;
            HandOffs(caller, ref ranInline);
            for (var i = 0; i < samples; i++)
            {
                var before = Stopwatch.GetTimestamp();
                HandOffs(caller, ref ranInline);
                perHandOff[i] = (Stopwatch.GetTimestamp() - before) * 1e9 / Stopwatch.Frequency / TaskBatch;
            }
        })
        { IsBackground = true, Name = "task start cost" };
        measurer.Start();
        measurer.Join();
        Array.Sort(perHandOff);
        return (perHandOff[samples / 2], ranInline);
    }

    private static void HandOffs(int caller, ref int ranInline)
    {
        for (var i = 0; i < TaskBatch; i++)
        {
            var ranOn = System.Threading.Tasks.Task.Run(() => Environment.CurrentManagedThreadId).Result;
            ranInline += ranOn == caller ? 1 : 0;
        }
    }

    /// <summary>Starts a worker process that runs one empty item, and waits for it to exit.</summary>
    /// <param name="options">Which worker to start; by default the one the process runners use.</param>
    /// <param name="samples">How many starts to take the median of.</param>
    /// <exception cref="FileNotFoundException">The worker executable is not there.</exception>
    public static TimeSpan WorkerProcess(ProcessOptions? options = null, int samples = 10) =>
        TimeWorker(WorkerLocator.Find(options?.WorkerPath), samples);

    /// <summary>Starts the managed (JIT) worker through the dotnet host, even where the native one is used, and waits for it.</summary>
    /// <exception cref="FileNotFoundException">The managed worker is not there.</exception>
    public static TimeSpan ManagedWorkerProcess(int samples = 10) => TimeWorker(WorkerLocator.FindManaged(), samples);

    /// <summary>
    /// Starts any program and waits for it to exit, reading its output as the runners do: with a program that does
    /// nothing (<c>/bin/true</c>) this is the floor under every process start from .NET.
    /// </summary>
    /// <exception cref="ArgumentException">No program path is given.</exception>
    public static TimeSpan Executable(string path, IReadOnlyList<string> arguments, int samples = 10)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(arguments);
        return Median(samples, () =>
        {
            // Standard input is a pipe held open, as the runners give it: a worker takes its closing for its parent's death.
            using var process = Process.Start(new ProcessStartInfo(path, arguments) { RedirectStandardInput = true, RedirectStandardOutput = true })!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        });
    }

    private static TimeSpan TimeWorker(WorkerCommand worker, int samples) =>
        Executable(worker.FileName, [.. worker.LeadingArguments, "article:0", WorkerProtocol.ItemMode, "0"], samples);

    /// <summary>Whether the process runners start the native AOT worker here (otherwise the managed one).</summary>
    public static bool UsesNativeWorker => WorkerLocator.Find(null).IsNative;

    private static TimeSpan Median(int samples, Action start)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        start();
        var times = new TimeSpan[samples];
        for (var i = 0; i < samples; i++)
        {
            var before = Stopwatch.GetTimestamp();
            start();
            times[i] = Stopwatch.GetElapsedTime(before);
        }

        Array.Sort(times);
        return times[samples / 2];
    }

    /// <summary>A duration as a learner reads it: microseconds or milliseconds.</summary>
    public static string Describe(TimeSpan cost) => cost.TotalMilliseconds < 1
        ? (cost.TotalMilliseconds * 1000).ToString("0.0", CultureInfo.InvariantCulture) + " µs"
        : cost.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";
}
