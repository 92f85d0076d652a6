using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// Runs the kit's own Python version of the article's experiments (<c>data/python/article_runs.py</c>) on this
/// machine, so lessons can set Python beside C# measured in the same session. Where python3 is missing, lessons
/// say so and use the reference figures in <c>data/</c>.
/// </summary>
public static class Python
{
    private static readonly Lazy<string?> Version = new(() => Ask("--version"));

    /// <summary>Whether python3 runs here.</summary>
    public static bool IsAvailable => Version.Value is not null;

    /// <summary>python3's version, or a sentence saying it is missing.</summary>
    public static string Describe => Version.Value ?? "python3 is not installed here";

    /// <summary>Runs one experiment and returns its item lines and its timings.</summary>
    /// <param name="experiment">serial, process, pool, threads (the article's items on one thread each), nosleep, cpu or startcost.</param>
    /// <param name="items">How many items.</param>
    /// <param name="wait">How long each item waits (for the article's item).</param>
    /// <param name="size">The CPU-bound item's size: primes below it are counted.</param>
    /// <exception cref="InvalidOperationException">python3 is missing, or the script failed.</exception>
    public static PythonRun Run(string experiment, int items = 10, TimeSpan? wait = null, int size = 200_000)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(experiment);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        if (!IsAvailable)
        {
            throw new InvalidOperationException("python3 is not installed here; use the reference figures in data/ instead.");
        }

        var script = KitFiles.Data("python", "article_runs.py");
        var start = new ProcessStartInfo("python3", [script, experiment, "--items", Text(items),
            "--wait", (wait ?? TimeSpan.FromSeconds(2)).TotalSeconds.ToString("R", CultureInfo.InvariantCulture), "--size", Text(size)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        process.WaitForExit();
        if (process.ExitCode != 0 || lines.Length == 0)
        {
            throw new InvalidOperationException($"{script} {experiment} failed with exit code {process.ExitCode}: {errors.Result}");
        }

        using var json = JsonDocument.Parse(lines[^1]);
        var figures = json.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Number)
            .ToDictionary(p => p.Name, p => p.Value.GetDouble());
        return new PythonRun(experiment, lines[..^1], figures);
    }

    /// <summary>
    /// Python's cost of starting one process, measured here, for each start method this Python has: <c>fork</c> where
    /// the system offers it (Linux and macOS, not Windows) and <c>spawn</c> everywhere (the default on Windows and
    /// macOS). A method missing from the answer does not exist here: lessons say so instead of failing.
    /// </summary>
    /// <exception cref="InvalidOperationException">python3 is missing, or the script failed.</exception>
    public static IReadOnlyDictionary<string, TimeSpan> StartCosts() =>
        Run("startcost").Figures
            .Where(f => f.Key.EndsWith(SecondsSuffix, StringComparison.Ordinal))
            .ToDictionary(f => f.Key[..^SecondsSuffix.Length], f => TimeSpan.FromSeconds(f.Value));

    private const string SecondsSuffix = "_seconds";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Ask(string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("python3", [argument]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var answer = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? answer : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
