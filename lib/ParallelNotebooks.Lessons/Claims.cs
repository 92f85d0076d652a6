using System.Globalization;
using System.Text.Json;
using ParallelNotebooks.Exporters;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// The article's claims and our measured answer to each. A lesson records what it measured; when the main job
/// runs the lessons it collects every record into the claims ledger in <c>data/</c>.
/// </summary>
public static class Claims
{
    /// <summary>The environment variable naming the file (JSON lines) that records are appended to.</summary>
    public const string RecordsVariable = "PARALLEL_NOTEBOOKS_CLAIM_RECORDS";

    private static readonly Lazy<IReadOnlyDictionary<string, ArticleClaim>> All = new(() => Load(KitFiles.Data("article-claims.csv")));

    /// <summary>Every claim of the article, by id.</summary>
    public static IReadOnlyDictionary<string, ArticleClaim> Article => All.Value;

    /// <summary>One claim.</summary>
    /// <exception cref="KeyNotFoundException">No claim has that id.</exception>
    public static ArticleClaim Get(string id) =>
        Article.TryGetValue(id, out var claim) ? claim : throw new KeyNotFoundException($"No claim '{id}' in data/article-claims.csv.");

    /// <summary>
    /// The article's figure for a claim, scaled like every wait of the lessons (<see cref="LessonScale"/>), so that
    /// a small-mode run compares like with like.
    /// </summary>
    /// <exception cref="InvalidOperationException">The claim has no figure.</exception>
    public static double ScaledSeconds(string id) =>
        (Get(id).ArticleFigure ?? throw new InvalidOperationException($"Claim '{id}' has no figure.")) * LessonScale.Factor;

    /// <summary>
    /// Records our measured answer to a claim, prints it beside the article's figure, and appends it to the records
    /// file when the main job asked for one.
    /// </summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="measured">Our figure, in the claim's unit.</param>
    /// <param name="verdict">What the measurement says of the claim.</param>
    /// <param name="note">One sentence on why.</param>
    public static void Record(string id, double measured, Verdict verdict, string note)
    {
        var claim = Get(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        var article = claim.ArticleFigure is not { } figure
            ? ""
            : LessonScale.IsSmall && claim.Unit == "s"
                ? $"article {Format(figure)} s ({Format(figure * LessonScale.Factor)} s at this scale), "
                : $"article {Format(figure)} {claim.Unit}, ";
        Console.WriteLine($"[claim {id}] {article}measured here {Format(measured)} {claim.Unit}: {Describe(verdict)}. {note}");

        if (Environment.GetEnvironmentVariable(RecordsVariable) is { Length: > 0 } path)
        {
            var record = JsonSerializer.Serialize(new ClaimRecord(id, measured, verdict.ToString(), note, Environment.ProcessorCount));
            File.AppendAllText(path, record + Environment.NewLine);
        }
    }

    /// <summary>A verdict as the ledger words it.</summary>
    public static string Describe(Verdict verdict) => verdict switch
    {
        Verdict.Holds => "holds",
        Verdict.HoldsDifferentlyInCSharp => "holds differently in C#",
        _ => "does not hold",
    };

    internal static IReadOnlyDictionary<string, ArticleClaim> Load(string path)
    {
        var claims = new Dictionary<string, ArticleClaim>();
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l, i + 1)).Skip(1).Where(p => p.l.Length > 0))
        {
            var fields = Csv.Split(line);
            if (fields.Count != 5 || !int.TryParse(fields[1], CultureInfo.InvariantCulture, out var section))
            {
                throw new FormatException($"{path}, line {number}: expected id,section,claim,article_figure,unit.");
            }

            double? figure = fields[3].Length == 0 ? null : double.Parse(fields[3], CultureInfo.InvariantCulture);
            claims.Add(fields[0], new ArticleClaim(fields[0], section, fields[2], figure, fields[4]));
        }

        return claims;
    }

    private static string Format(double value) => value.ToString(value >= 100 ? "0" : "0.###", CultureInfo.InvariantCulture);
}

/// <summary>One line of the records file.</summary>
internal sealed record ClaimRecord(string Id, double Measured, string Verdict, string Note, int Cores);
