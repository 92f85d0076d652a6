using System.Globalization;
using System.Text;
using System.Text.Json;
using ParallelNotebooks.Exporters;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// The claims ledger: every claim of the article beside our measured figure and verdict, built by the main job from
/// the records the lessons wrote while it ran them.
/// </summary>
public static class ClaimsLedger
{
    /// <summary>The ledger's header row.</summary>
    public const string Header = "id,section,claim,article_figure,unit,measured,verdict,note,cores";

    /// <summary>
    /// Builds the ledger as CSV: one row per claim, in section order, with the last record of each claim.
    /// A claim no lesson recorded says <c>not measured</c>.
    /// </summary>
    public static string Build(IReadOnlyDictionary<string, ArticleClaim> claims, IEnumerable<string> recordLines)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(recordLines);
        var records = recordLines
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<ClaimRecord>(l) ?? throw new FormatException($"Not a claim record: {l}"))
            .GroupBy(r => r.Id)
            .ToDictionary(g => g.Key, g => g.Last());
        var csv = new StringBuilder().AppendLine(Header);
        foreach (var claim in claims.Values.OrderBy(c => c.Section))
        {
            var figure = claim.ArticleFigure?.ToString(CultureInfo.InvariantCulture) ?? "";
            var measured = records.GetValueOrDefault(claim.Id);
            csv.AppendLine(string.Join(',',
                claim.Id,
                claim.Section.ToString(CultureInfo.InvariantCulture),
                Csv.Quote(claim.Claim),
                figure,
                Csv.Quote(claim.Unit),
                measured?.Measured.ToString("0.####", CultureInfo.InvariantCulture) ?? "",
                measured is null ? "not measured" : Claims.Describe(Enum.Parse<Verdict>(measured.Verdict)),
                Csv.Quote(measured?.Note ?? ""),
                measured?.Cores.ToString(CultureInfo.InvariantCulture) ?? ""));
        }

        return csv.ToString();
    }
}
