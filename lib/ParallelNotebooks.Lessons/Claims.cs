using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// The article's claims and our measured answer to each. A lesson records what a judge made of its measurements;
/// when the main job runs the lessons it collects every record into a claims ledger under <c>output/</c>.
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
    /// Records a judge's answer to a claim: prints it beside the article's figure, and appends it to the records file
    /// when the main job asked for one. Every verdict comes from <see cref="Judges"/>.
    /// </summary>
    /// <param name="judgement">What a judge made of the measurements.</param>
    /// <returns>The same judgement, so a cell can show it.</returns>
    public static Judgement Record(Judgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        var claim = Get(judgement.ClaimId);
        Console.WriteLine(Line(claim, judgement));
        if (Environment.GetEnvironmentVariable(RecordsVariable) is { Length: > 0 } path)
        {
            var measured = judgement.Measured;
            var record = new ClaimRecord(judgement.ClaimId, measured?.Median, measured?.Min, measured?.Max, measured?.Count ?? 0,
                judgement.Verdict.ToString(), judgement.Cores?.From, judgement.Cores?.To, judgement.Note,
                Environment.ProcessorCount, RuntimeInformation.OSDescription, DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            File.AppendAllText(path, JsonSerializer.Serialize(record) + Environment.NewLine);
        }

        return judgement;
    }

    /// <summary>The line a recorded judgement prints: <c>[claim ID] article ..., measured here ...: VERDICT. NOTE</c>.</summary>
    internal static string Line(ArticleClaim claim, Judgement judgement)
    {
        var article = claim.ArticleFigure is not { } figure
            ? ""
            : LessonScale.IsSmall && claim.Unit == "s"
                ? $"article {Judgement.Text(figure)} s ({Judgement.Text(figure * LessonScale.Factor)} s at this scale), "
                : $"article {Judgement.Text(figure)} {claim.Unit}, ";
        var measured = judgement.Measured is { } m ? $"measured here {m.Describe(Judgement.Format(m.Median), claim.Unit)}" : "nothing measured here";
        return $"[claim {claim.Id}] {article}{measured}: {judgement.Describe()}. {judgement.Note}";
    }

    internal static IReadOnlyDictionary<string, ArticleClaim> Load(string path)
    {
        var table = Table.ParseCsv(File.ReadAllText(path));
        var claims = new Dictionary<string, ArticleClaim>();
        for (var row = 0; row < table.Rows.Count; row++)
        {
            try
            {
                var figure = table[row, "article_figure"];
                claims.Add(table[row, "id"], new ArticleClaim(
                    table[row, "id"],
                    int.Parse(table[row, "section"], CultureInfo.InvariantCulture),
                    table[row, "claim"],
                    figure.Length == 0 ? null : double.Parse(figure, CultureInfo.InvariantCulture),
                    table[row, "unit"]));
            }
            catch (Exception e) when (e is KeyNotFoundException or FormatException or ArgumentException)
            {
                throw new FormatException($"{path}, row {row + 1}: expected id,section,claim,article_figure,unit ({e.Message})", e);
            }
        }

        return claims;
    }

}

/// <summary>One line of the records file: a judgement, with the machine it was made on.</summary>
internal sealed record ClaimRecord(
    string Id, double? Measured, double? Low, double? High, int Runs, string Verdict, int? CoresFrom, int? CoresTo, string Note,
    int Cores, string Machine, string Date);
