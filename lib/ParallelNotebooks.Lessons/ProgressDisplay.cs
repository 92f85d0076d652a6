using System.Diagnostics;
using Microsoft.DotNet.Interactive.Formatting;

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

    /// <summary>
    /// Shows <c>label: starting</c> under the running notebook cell and returns a display that updates that line in
    /// place: <c>await runner.RunAsync(workload, 10, ProgressDisplay.InNotebook("serial"))</c>.
    /// </summary>
    public static ProgressDisplay InNotebook(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var shown = Show($"{label}: starting");
        return new ProgressDisplay(line => shown.Update($"{label}: {line}"));
    }

    /// <summary>
    /// Displays <paramref name="text"/> and returns the value the kernel published. The kernel's own
    /// <c>display(...)</c> returns a second value with another display id, so its updates would land in a new line
    /// below the first instead of replacing it; updating the published value keeps to one line.
    /// </summary>
    private static DisplayedValue Show(string text)
    {
        DisplayedValue? published = null;
        using (Formatter.SubscribeToDisplayedValues(value => published ??= ReferenceEquals(value.Value, text) ? value : null))
        {
            var returned = text.Display(PlainTextFormatter.MimeType);
            return published ?? returned;
        }
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
