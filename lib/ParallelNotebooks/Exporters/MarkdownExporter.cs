using System.Text;

namespace ParallelNotebooks;

/// <summary>Renders tables as Markdown: readable in a console, a notebook and a README alike.</summary>
public static class MarkdownExporter
{
    /// <summary>
    /// The table as Markdown, its title (if any) in bold above it. Columns are padded to one width, numbers aligned
    /// to the right, so the text lines up in a console as well as rendering as a table. A <c>|</c> in a cell is
    /// escaped, and a line break becomes a space.
    /// </summary>
    public static string Render(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var header = table.Columns.Select(c => Escape(c.Name)).ToArray();
        var rows = table.Rows.Select(row => row.Select(Escape).ToArray()).ToList();
        var widths = header.Select((name, i) => Math.Max(3, rows.Select(r => r[i].Length).Append(name.Length).Max())).ToArray();
        string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";
        string Pad(string cell, int i) => table.Columns[i].IsNumber ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]);

        var markdown = new StringBuilder();
        if (table.Title.Length > 0)
        {
            markdown.Append("**").Append(Escape(table.Title)).AppendLine("**").AppendLine();
        }

        markdown.AppendLine(Line(header.Select(Pad)));
        markdown.AppendLine(Line(widths.Select((w, i) => table.Columns[i].IsNumber ? new string('-', w - 1) + ":" : new string('-', w))));
        foreach (var row in rows)
        {
            markdown.AppendLine(Line(row.Select(Pad)));
        }

        return markdown.ToString();
    }

    /// <summary>
    /// <see cref="RunTable.Speedups"/> of the runs as Markdown: strategy, workers, measured wall time, ideal,
    /// wall / ideal, and speedup over <paramref name="baseline"/> measured and ideal. Times are in seconds.
    /// </summary>
    public static string Table(RunReport baseline, IEnumerable<RunReport> runs) => Render(RunTable.Speedups(baseline, runs));

    private static string Escape(string cell) =>
        cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
