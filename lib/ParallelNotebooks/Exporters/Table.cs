namespace ParallelNotebooks;

/// <summary>
/// A table with named columns and rows of formatted cells: the one table model of the kit. Exporters render it as
/// HTML (a notebook shows that), Markdown (a console, a README) or CSV (the files in <c>data/</c>); since its cells are
/// already formatted, every rendering shows the same figures. Immutable.
/// </summary>
public sealed class Table
{
    private readonly Dictionary<string, int> _columnIndex;

    /// <summary>Creates a table.</summary>
    /// <param name="title">What the table shows; renderers put it above the table. Empty for none.</param>
    /// <param name="columns">The columns, at least one, with distinct names.</param>
    /// <param name="rows">The rows, each with one cell per column.</param>
    /// <exception cref="ArgumentException">No columns, two columns with one name, or a row of the wrong width.</exception>
    public Table(string title, IEnumerable<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Columns = [.. columns];
        if (Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        if (Columns.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Two columns are named '{twice.Key}'.", nameof(columns));
        }

        Rows = [.. rows.Select(row => (IReadOnlyList<string>)[.. row])];
        if (Rows.Select((row, index) => (row, index)).FirstOrDefault(r => r.row.Count != Columns.Count || r.row.Any(c => c is null)) is { row: not null } bad)
        {
            throw new ArgumentException($"Row {bad.index} has {bad.row.Count} cells (or a null one); the table has {Columns.Count} columns.", nameof(rows));
        }

        Title = title;
        _columnIndex = Columns.Select((c, i) => (c.Name, i)).ToDictionary(c => c.Name, c => c.i);
    }

    /// <summary>What the table shows; empty for none.</summary>
    public string Title { get; }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The rows, each with one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The cells of the column named <paramref name="name"/>, top to bottom.</summary>
    /// <exception cref="KeyNotFoundException">No column has that name.</exception>
    public IReadOnlyList<string> Column(string name)
    {
        var index = IndexOf(name);
        return [.. Rows.Select(row => row[index])];
    }

    /// <summary>The cell of row <paramref name="row"/> (from 0) in the column named <paramref name="column"/>.</summary>
    /// <exception cref="KeyNotFoundException">No column has that name.</exception>
    public string this[int row, string column] => Rows[row][IndexOf(column)];

    /// <summary>
    /// Reads a CSV text whose first record names the columns (as <see cref="CsvExporter.Render"/> writes it), so that
    /// readers find fields by column name: a column added or moved later breaks none of them. Blank lines are skipped.
    /// </summary>
    /// <exception cref="FormatException">The text has no header, or a record has another number of fields than the header.</exception>
    public static Table ParseCsv(string csv, string title = "")
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(title);
        using var records = Csv.ReadRecords(csv).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new FormatException("A CSV table needs a header row.");
        }

        var header = records.Current;
        var rows = new List<IReadOnlyList<string>>();
        for (var record = 2; records.MoveNext(); record++)
        {
            if (records.Current.Count != header.Count)
            {
                throw new FormatException($"Record {record} has {records.Current.Count} fields; the header names {header.Count}.");
            }

            rows.Add(records.Current);
        }

        try
        {
            return new Table(title, header.Select(name => new TableColumn(name)), rows);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    /// <summary>The table as Markdown, so that printing it shows a readable table.</summary>
    public override string ToString() => MarkdownExporter.Render(this);

    private int IndexOf(string name) => _columnIndex.TryGetValue(name, out var index)
        ? index
        : throw new KeyNotFoundException($"The table has no column '{name}'; its columns are {string.Join(", ", Columns.Select(c => c.Name))}.");
}
