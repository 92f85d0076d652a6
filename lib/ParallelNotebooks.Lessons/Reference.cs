using System.Globalization;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// Figures measured earlier and kept in <c>data/reference-figures.csv</c>, each with its source and date: what a
/// lesson shows when it cannot measure them here (python3 missing, for example).
/// </summary>
public static class Reference
{
    private static readonly Lazy<IReadOnlyDictionary<string, ReferenceFigure>> Figures = new(() => Load(KitFiles.Data("reference-figures.csv")));

    /// <summary>Every reference figure, by id.</summary>
    public static IReadOnlyDictionary<string, ReferenceFigure> All => Figures.Value;

    /// <summary>One reference figure.</summary>
    /// <exception cref="KeyNotFoundException">No figure has that id.</exception>
    public static ReferenceFigure Get(string id) =>
        All.TryGetValue(id, out var figure) ? figure : throw new KeyNotFoundException($"No figure '{id}' in data/reference-figures.csv.");

    /// <summary>Every figure of a reference file, by id.</summary>
    /// <exception cref="FormatException">A line lacks a figure, a source or a date.</exception>
    internal static IReadOnlyDictionary<string, ReferenceFigure> Load(string path)
    {
        var table = Table.ParseCsv(File.ReadAllText(path));
        var figures = new Dictionary<string, ReferenceFigure>();
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var id = table[row, "id"];
            if (table[row, "source"].Length == 0
                || !double.TryParse(table[row, "figure"], CultureInfo.InvariantCulture, out var figure)
                || !DateOnly.TryParseExact(table[row, "date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException($"{path}: '{string.Join(',', table.Rows[row])}' needs id,figure,unit,source,date (yyyy-MM-dd).");
            }

            figures.Add(id, new ReferenceFigure(id, figure, table[row, "unit"], table[row, "source"], date));
        }

        return figures;
    }
}
