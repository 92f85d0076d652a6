using System.Globalization;
using System.Runtime.InteropServices;

namespace ParallelNotebooks.Cli;

/// <summary>
/// Shows and keeps what the benchmark measured: a line per figure as it comes, then a Markdown table and a CSV file
/// with named columns (read back by <c>BenchmarkData</c>), each row with the machine's facts.
/// </summary>
internal static class BenchmarkReport
{
    /// <summary>The CSV's columns; readers find fields by these names.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["figure", "measured", "unit", "target", "at_most", "verdict", "note", "cores", "os", "runtime", "native_worker", "date"];

    public static void Print(BenchmarkRow row) =>
        Console.WriteLine($"  {row.Figure,-62} {row.Measured,9:0.###} {row.Unit,-4} {row.Verdict}");

    /// <summary>The figures for reading: what, measured with its unit, the target, and the verdict.</summary>
    public static string Markdown(IEnumerable<BenchmarkRow> rows) => MarkdownExporter.Render(new Table(
        "",
        [new("figure"), new("measured", IsNumber: true), new("target", IsNumber: true), new("verdict")],
        rows.Select(row => (IReadOnlyList<string>)
        [
            row.Figure,
            row.Measured.ToString("0.###", CultureInfo.InvariantCulture) + " " + row.Unit,
            row.Target is { } t ? (row.AtMost ? "<= " : ">= ") + t.ToString("0.###", CultureInfo.InvariantCulture) : "",
            row.Verdict,
        ])));

    public static string Csv(IEnumerable<BenchmarkRow> rows, DateTime date)
    {
        // The machine's facts go on every row, so a file read on its own still says where it was measured.
        string[] machine =
        [
            Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
            RuntimeInformation.OSDescription,
            Environment.Version.ToString(),
            StartCost.UsesNativeWorker.ToString(),
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ];
        var table = new Table(
            "",
            Columns.Select(name => new TableColumn(name)),
            rows.Select(row => (IReadOnlyList<string>)
            [
                row.Figure,
                row.Measured.ToString("0.####", CultureInfo.InvariantCulture),
                row.Unit,
                row.Target?.ToString(CultureInfo.InvariantCulture) ?? "",
                row.AtMost.ToString(),
                row.Verdict,
                row.Note,
                .. machine,
            ]));
        return CsvExporter.Render(table);
    }

    /// <summary>Writes <c>benchmark-N-cores.csv</c> and <c>.md</c> into <paramref name="folder"/>; returns the CSV's path.</summary>
    public static async Task<string> WriteAsync(IReadOnlyList<BenchmarkRow> rows, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"benchmark-{Environment.ProcessorCount}-cores.csv");
        await File.WriteAllTextAsync(path, Csv(rows, DateTime.UtcNow));
        await File.WriteAllTextAsync(Path.ChangeExtension(path, ".md"), Markdown(rows));
        return path;
    }
}
