using Microsoft.DotNet.Interactive.Formatting;
using ParallelNotebooks.Charts;
using Plotly.NET;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// Does for a lesson's twin (<c>lessons/NAME.cs</c>, a file-based app generated from the notebook) what the notebook
/// kernel does for the notebook: a value a cell shows is printed as text, a chart is written as a page that needs no
/// network and its path printed (<c>[chart N] PATH</c>), and a progress line updates the console. Twins call it;
/// notebooks never need to.
/// </summary>
public static class Twin
{
    private static string? _charts;
    private static string _lesson = "";
    private static int _chartsWritten;

    /// <summary>
    /// Starts a twin: makes its folder the current one (relative paths in a lesson are written for <c>notebooks/</c>, and
    /// <c>lessons/</c> lies beside it), and empties <c>output/twins/LESSON/</c> for this run's charts.
    /// </summary>
    /// <param name="lesson">The lesson's name, as its notebook's file name without <c>.ipynb</c>.</param>
    /// <exception cref="InvalidOperationException">The twin does not run from a clone of the kit.</exception>
    public static void Start(string lesson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lesson);
        if (AppContext.GetData("EntryPointFileDirectoryPath") is string twinFolder)
        {
            Directory.SetCurrentDirectory(twinFolder);
        }

        var root = KitFiles.Root ?? throw new InvalidOperationException("The twin does not run from a clone of the kit, so output/ cannot be found.");
        Start(lesson, Path.Combine(root, "output", "twins", lesson));
    }

    internal static void Start(string lesson, string chartsFolder)
    {
        if (Directory.Exists(chartsFolder))
        {
            Directory.Delete(chartsFolder, recursive: true);
        }

        _charts = Directory.CreateDirectory(chartsFolder).FullName;
        _lesson = lesson;
        _chartsWritten = 0;
    }

    /// <summary>
    /// Shows a value as a notebook cell would below itself: a chart as a page written to the twin's output folder, whose
    /// path is printed; anything else as the kernel's plain text.
    /// </summary>
    /// <exception cref="InvalidOperationException">A chart is shown before <see cref="Start(string)"/>.</exception>
    public static void Show(object? value) => Show(value, Console.Out);

    internal static void Show(object? value, TextWriter output)
    {
        switch (value)
        {
            case GenericChart chart:
                var folder = _charts ?? throw new InvalidOperationException("Twin.Start must run before a chart is shown: it names the folder for charts.");
                var number = Interlocked.Increment(ref _chartsWritten);
                var path = Path.Combine(folder, $"chart-{number}.html");
                File.WriteAllText(path, HtmlExporter.Page($"{_lesson}, chart {number}", [chart]));
                output.WriteLine($"[chart {number}] {path}");
                break;
            case null:
                output.WriteLine("<null>");
                break;
            default:
                output.WriteLine(value.ToDisplayString(PlainTextFormatter.MimeType));
                break;
        }
    }

    /// <summary>
    /// A progress line for a run, as <see cref="ProgressDisplay.InNotebook"/> shows one in a notebook: updated in place
    /// on a terminal, and printed once, finished, when the output goes to a file.
    /// </summary>
    public static IProgress<RunProgress> Progress(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return new ConsoleProgress(label, Console.Out, inPlace: !Console.IsOutputRedirected);
    }
}
