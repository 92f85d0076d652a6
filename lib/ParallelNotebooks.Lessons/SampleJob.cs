using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// Lesson 12's small real job, made by the kit: text files to count the words of, and the same job in Python with
/// <c>Pool.map</c> over the file names (<c>data/python/word_count.py</c>) to set beside the C# runners.
/// </summary>
public static class SampleJob
{
    /// <summary>
    /// Writes <paramref name="files"/> text files into <paramref name="folder"/>, each at least <paramref name="bytesPerFile"/>
    /// long, made of the kit's own Markdown (the README, the instructors' notes, the docs): each file starts at another of
    /// them and repeats them in turn until it is long enough. A file that already holds its text is left as it is.
    /// </summary>
    /// <returns>The files' full paths, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="files"/> or <paramref name="bytesPerFile"/> is below 1.</exception>
    /// <exception cref="InvalidOperationException">The library does not run from a clone of the kit.</exception>
    public static IReadOnlyList<string> WriteTexts(string folder, int files, int bytesPerFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(files);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytesPerFile);
        var root = KitFiles.Root ?? throw new InvalidOperationException("The library does not run from a clone of the kit, so its Markdown cannot be found.");
        var sources = new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(root, "instructors"), "*.md"))
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();

        Directory.CreateDirectory(folder);
        var paths = new List<string>(files);
        for (var i = 0; i < files; i++)
        {
            var text = new StringBuilder(bytesPerFile + sources.Max(s => s.Length));
            for (var next = i; text.Length < bytesPerFile; next++)
            {
                text.Append(sources[next % sources.Count]).Append('\n');
            }

            var path = Path.GetFullPath(Path.Combine(folder, $"text-{i:00}.txt"));
            var content = text.ToString();
            if (!File.Exists(path) || File.ReadAllText(path) != content)
            {
                File.WriteAllText(path, content);
            }

            paths.Add(path);
        }

        return paths;
    }

    /// <summary>
    /// Counts the words of each file in Python, one after another (<paramref name="pool"/> false) or with
    /// <c>Pool().map</c> over the file names (true), and returns the wall time (<c>seconds</c>), the pool's size
    /// (<c>workers</c>) and one line per file (<c>PATH, a tab, RESULT</c>), in the files' order.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is null.</exception>
    /// <exception cref="InvalidOperationException">python3 is missing (see <see cref="Python.IsAvailable"/>), or the script failed.</exception>
    public static PythonRun CountWordsInPython(IReadOnlyList<string> files, bool pool)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!Python.IsAvailable)
        {
            throw new InvalidOperationException("python3 is not installed here, so the Python version cannot run.");
        }

        var script = KitFiles.Data("python", "word_count.py");
        var mode = pool ? "pool" : "serial";
        using var process = Process.Start(new ProcessStartInfo("python3", [script, mode, .. files])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var errors = process.StandardError.ReadToEndAsync();
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        process.WaitForExit();
        if (process.ExitCode != 0 || lines.Length == 0)
        {
            throw new InvalidOperationException($"{script} {mode} failed with exit code {process.ExitCode}: {errors.Result}");
        }

        using var json = JsonDocument.Parse(lines[^1]);
        var figures = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        return new PythonRun("wordcount-" + mode, lines[..^1], figures) { Source = $"{Python.Describe}, measured here" };
    }

    /// <summary>The result of each line of a <see cref="CountWordsInPython"/> run, by file path.</summary>
    public static IReadOnlyDictionary<string, string> Results(PythonRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.ItemLines.Select(l => l.Split('\t', 2)).ToDictionary(p => p[0], p => p[1]);
    }
}
