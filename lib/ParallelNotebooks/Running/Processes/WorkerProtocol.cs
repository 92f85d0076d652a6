using System.Globalization;

namespace ParallelNotebooks.Running.Processes;

/// <summary>
/// What parent and worker say to each other over the pipes. The worker is started as
/// <c>worker SPEC item N</c> (runs one item) or <c>worker SPEC serve</c> (reads lines of space-separated item
/// numbers from standard input until it closes; closing it while a chunk runs ends the worker at once, which is how
/// workers die with their parent). In both modes a worker exits within moments of its parent's death, because the
/// system closes the worker's standard input then. For every item it writes one line:
/// <c>item, start timestamp, end timestamp, process id, result</c>, separated by tabs. Timestamps are
/// <see cref="System.Diagnostics.Stopwatch"/> ticks, a monotonic clock shared by every process of the machine.
/// </summary>
internal static class WorkerProtocol
{
    public const string ItemMode = "item";
    public const string ServeMode = "serve";

    /// <summary><c>worker identity</c> prints the source hash of the library the worker was built with.</summary>
    public const string IdentityMode = "identity";

    public static string FormatResult(int item, long start, long end, int processId, string result) =>
        string.Create(CultureInfo.InvariantCulture, $"{item}\t{start}\t{end}\t{processId}\t{result.ReplaceLineEndings(" ")}");

    /// <exception cref="FormatException">The line is not a result line.</exception>
    public static (int Item, long Start, long End, int ProcessId, string Result) ParseResult(string line) =>
        TryParseResult(line, out var result) ? result : throw new FormatException($"A worker wrote '{line}', which is not a result line.");

    /// <summary>Reads a result line; false for any other line.</summary>
    public static bool TryParseResult(string line, out (int Item, long Start, long End, int ProcessId, string Result) result)
    {
        var parts = line.Split('\t', 5);
        if (parts.Length == 5
            && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var item)
            && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var start)
            && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var end)
            && int.TryParse(parts[3], CultureInfo.InvariantCulture, out var processId))
        {
            result = (item, start, end, processId, parts[4]);
            return true;
        }

        result = default;
        return false;
    }

    public static string FormatChunk(IEnumerable<int> items) =>
        string.Join(' ', items.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    /// <exception cref="FormatException">The line holds something other than item numbers.</exception>
    public static int[] ParseChunk(string line) =>
        [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];

    public static string Worker(int processId) => $"process {processId}";
}
