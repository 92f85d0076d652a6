using System.Globalization;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// Figures measured earlier and kept in <c>data/reference-figures.csv</c>, with where they came from: what a lesson
/// shows when it cannot measure them here (python3 missing, for example).
/// </summary>
public static class Reference
{
    private static readonly Lazy<IReadOnlyDictionary<string, (double Figure, string Unit, string Source)>> All = new(Load);

    /// <summary>One reference figure.</summary>
    /// <exception cref="KeyNotFoundException">No figure has that id.</exception>
    public static (double Figure, string Unit, string Source) Get(string id) =>
        All.Value.TryGetValue(id, out var figure) ? figure : throw new KeyNotFoundException($"No figure '{id}' in data/reference-figures.csv.");

    private static IReadOnlyDictionary<string, (double, string, string)> Load()
    {
        var path = KitFiles.Data("reference-figures.csv");
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0)
            .Select(l => Exporters.Csv.Split(l))
            .ToDictionary(f => f[0], f => (double.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3]));
    }
}
