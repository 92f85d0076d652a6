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
    internal static IReadOnlyDictionary<string, ReferenceFigure> Load(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0)
            .Select(l => Exporters.Csv.Split(l))
            .Select(f => f.Count == 5 && f[3].Length > 0 && DateOnly.TryParseExact(f[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new ReferenceFigure(f[0], double.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3], date)
                : throw new FormatException($"{path}: '{string.Join(',', f)}' needs id,figure,unit,source,date (yyyy-MM-dd)."))
            .ToDictionary(f => f.Id);
}
