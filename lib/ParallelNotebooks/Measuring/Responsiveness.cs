using System.Collections.Concurrent;
using System.Diagnostics;

namespace ParallelNotebooks;

/// <summary>
/// A stand-in for a GUI: one UI thread handling a tick every few milliseconds, as a window handles paint and
/// input messages. It measures how late the ticks run while a piece of work runs either on the UI thread itself
/// or handed to the thread pool.
/// </summary>
public static class Responsiveness
{
    /// <summary>Runs <paramref name="work"/> once and returns the worst delay of a UI tick meanwhile.</summary>
    /// <param name="work">The work, such as a CPU-bound computation.</param>
    /// <param name="offload">False runs the work on the UI thread (the UI freezes); true hands it to the thread pool.</param>
    /// <param name="tick">How often the UI thread gets a tick. Default: 10 ms.</param>
    public static TimeSpan WorstTickDelay(Action work, bool offload, TimeSpan? tick = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        var interval = tick ?? TimeSpan.FromMilliseconds(10);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero, nameof(tick));

        using var messages = new BlockingCollection<(Action Handle, long PostedAt, bool IsTick)>();
        using var workDone = new ManualResetEventSlim();
        var worst = TimeSpan.Zero;
        var ui = new Thread(() =>
        {
            foreach (var (handle, postedAt, isTick) in messages.GetConsumingEnumerable())
            {
                if (isTick)
                {
                    var delay = Stopwatch.GetElapsedTime(postedAt);
                    worst = delay > worst ? delay : worst;
                }

                handle();
            }
        })
        { IsBackground = true, Name = "UI" };
        ui.Start();

        Action onUi = offload ? () => Task.Run(work).ContinueWith(_ => workDone.Set(), TaskScheduler.Default) : () => { work(); workDone.Set(); };
        messages.Add((onUi, Stopwatch.GetTimestamp(), false));
        while (!workDone.Wait(interval))
        {
            messages.Add((() => { }, Stopwatch.GetTimestamp(), true));
        }

        messages.CompleteAdding();
        ui.Join();
        return worst;
    }
}
