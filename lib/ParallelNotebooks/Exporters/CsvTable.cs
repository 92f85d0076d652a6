using System.Text;

namespace ParallelNotebooks.Exporters;

/// <summary>
/// A table with named columns, as the kit's CSV files hold them: writers add rows by column name, readers read
/// fields by column name, so adding or moving a column breaks neither.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;
    private readonly List<string[]> _rows = [];

    /// <exception cref="ArgumentException">A column name is empty or given twice.</exception>
    public CsvTable(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Any(string.IsNullOrEmpty) || columns.Distinct(StringComparer.Ordinal).Count() != columns.Count)
        {
            throw new ArgumentException($"Columns must be named, each once: {string.Join(", ", columns)}.", nameof(columns));
        }

        Columns = columns;
        _index = columns.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Columns { get; }

    public IEnumerable<Row> Rows => _rows.Select(fields => new Row(this, fields));

    /// <summary>Adds a row; every column must be given, and no other.</summary>
    /// <exception cref="ArgumentException">A column is missing or unknown.</exception>
    public void Add(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count != Columns.Count || fields.Keys.Any(k => !_index.ContainsKey(k)))
        {
            throw new ArgumentException($"A row gives {string.Join(", ", fields.Keys)}; the table has {string.Join(", ", Columns)}.", nameof(fields));
        }

        _rows.Add([.. Columns.Select(c => fields[c])]);
    }

    public string ToCsv()
    {
        var csv = new StringBuilder().AppendJoin(',', Columns.Select(Csv.Quote)).Append('\n');
        foreach (var row in _rows)
        {
            csv.AppendJoin(',', row.Select(Csv.Quote)).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>Reads a CSV text whose first record names the columns.</summary>
    /// <exception cref="FormatException">The text is empty, or a row has another number of fields than the header.</exception>
    public static CsvTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var records = Csv.ReadRecords(text).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new FormatException("A CSV table needs a header row.");
        }

        var table = new CsvTable(records.Current);
        var line = 1;
        while (records.MoveNext())
        {
            line++;
            var fields = records.Current;
            if (fields is [""])
            {
                continue; // A blank line.
            }

            if (fields.Count != table.Columns.Count)
            {
                throw new FormatException($"Record {line} has {fields.Count} fields; the header names {table.Columns.Count}.");
            }

            table._rows.Add([.. fields]);
        }

        return table;
    }

    /// <summary>One row, read by column name.</summary>
    public readonly struct Row
    {
        private readonly CsvTable _table;
        private readonly string[] _fields;

        internal Row(CsvTable table, string[] fields) => (_table, _fields) = (table, fields);

        /// <exception cref="KeyNotFoundException">The table has no such column.</exception>
        public string this[string column] =>
            _table._index.TryGetValue(column, out var i) ? _fields[i] : throw new KeyNotFoundException($"The table has no column '{column}'.");
    }
}
