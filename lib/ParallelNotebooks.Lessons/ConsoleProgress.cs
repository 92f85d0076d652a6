namespace ParallelNotebooks.Lessons;

/// <summary>
/// A run's progress on the console: one line rewritten in place on a terminal, or only the finished line where the
/// output goes to a file, so a log does not fill with half-done bars.
/// </summary>
internal sealed class ConsoleProgress : IProgress<RunProgress>
{
    private readonly Lock _gate = new();
    private readonly ProgressDisplay _display;
    private readonly TextWriter _console;
    private readonly bool _inPlace;
    private string _line;

    public ConsoleProgress(string label, TextWriter console, bool inPlace)
    {
        _display = new ProgressDisplay(line => _line = $"{label}: {line}");
        _console = console;
        _inPlace = inPlace;
        _line = $"{label}: starting";
        if (inPlace)
        {
            console.Write(_line);
        }
    }

    public void Report(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var before = _line;
            _display.Report(value);
            if (_inPlace && _line != before)
            {
                _console.Write("\r" + _line.PadRight(before.Length));
            }

            if (value.Finished == value.Total)
            {
                _console.WriteLine(_inPlace ? "" : _line);
            }
        }
    }
}
