using System.Text;

namespace ParallelNotebooks;

/// <summary>Renders tables as CSV, for the files in <c>data/</c>: a header of column names, then one line per row.</summary>
public static class CsvExporter
{
    /// <summary>The header row of <see cref="Runs"/>: the column names of <see cref="RunTable.Runs"/>.</summary>
    public const string Header = "strategy,workload,items,workers,cores,wall_s,ideal_s,wall_over_ideal,outcome,started_at";

    /// <summary>The table as CSV: the column names, then the rows, fields quoted where they need it. The title is not written.</summary>
    public static string Render(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder().AppendLine(Csv.Line(table.Columns.Select(c => c.Name)));
        foreach (var row in table.Rows)
        {
            csv.AppendLine(Csv.Line(row));
        }

        return csv.ToString();
    }

    /// <summary>The header and one row per run (<see cref="RunTable.Runs"/>). Times are in seconds, with an invariant culture.</summary>
    public static string Runs(IEnumerable<RunReport> runs) => Render(RunTable.Runs(runs));
}
