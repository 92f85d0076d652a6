using System.Diagnostics;
using ParallelNotebooks.Reports;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// Shows a run's progress as one line that updates in place, such as a notebook output made with
/// <c>display(...)</c>: <c>▓▓▓▓░░░░░░ 4 of 10 items, 8.1 s</c>. Updates come at most every
/// <see cref="MinimumInterval"/>, but the last item always shows.
/// </summary>
public sealed class ProgressDisplay : IProgress<RunProgress>
{
    /// <summary>The least time between two updates, so thousands of tiny items do not flood the notebook: 100 ms.</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(100);

    private const int BarWidth = 20;
    private readonly Action<string> _show;
    private readonly Lock _gate = new();
    private long _lastShown;

    /// <summary>Creates a display that hands each line to <paramref name="show"/>, such as a displayed value's <c>Update</c>.</summary>
    public ProgressDisplay(Action<string> show)
    {
        ArgumentNullException.ThrowIfNull(show);
        _show = show;
    }

    /// <inheritdoc />
    public void Report(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var last = value.Finished == value.Total;
            if (!last && _lastShown != 0 && Stopwatch.GetElapsedTime(_lastShown) < MinimumInterval)
            {
                return;
            }

            _lastShown = Stopwatch.GetTimestamp();
            _show(Line(value));
        }
    }

    /// <summary>The line shown for <paramref name="value"/>.</summary>
    public static string Line(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var filled = (int)Math.Round(value.Fraction * BarWidth);
        return $"{new string('▓', filled)}{new string('░', BarWidth - filled)} {value.Finished} of {value.Total} items, {value.Elapsed.TotalSeconds:0.0} s";
    }
}
