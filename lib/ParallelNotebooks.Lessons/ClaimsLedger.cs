using System.Globalization;
using System.Text.Json;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// The claims ledger: every claim of the article beside our measured figure and verdict, built by the main job from
/// the records the lessons wrote while it ran them. Each row names the machine it was measured on.
/// </summary>
public static class ClaimsLedger
{
    /// <summary>The ledger's header row.</summary>
    public const string Header = "id,section,claim,article_figure,unit,measured,low,high,runs,verdict,note,cores,machine,date";

    /// <summary>
    /// Builds the ledger as CSV: one row per claim, in section order, with the last record of each claim.
    /// A claim no lesson recorded says <c>not measured</c>. <c>measured</c> is the median of <c>runs</c> runs,
    /// <c>low</c> and <c>high</c> their spread; all three are empty where nothing here measures the claim.
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
        var rows = claims.Values.OrderBy(c => c.Section).Select(claim =>
        {
            var record = records.GetValueOrDefault(claim.Id);
            var cores = record?.CoresFrom is { } from ? new CoreRange(from, record.CoresTo) : null;
            return (IReadOnlyList<string>)
            [
                claim.Id,
                Text(claim.Section),
                claim.Claim,
                Text(claim.ArticleFigure),
                claim.Unit,
                Text(record?.Measured),
                Text(record?.Low),
                Text(record?.High),
                record is null ? "" : Text(record.Runs),
                record is null ? "not measured" : Judgement.Describe(Enum.Parse<Verdict>(record.Verdict), cores),
                record?.Note ?? "",
                record is null ? "" : Text(record.Cores),
                record?.Machine ?? "",
                record?.Date ?? "",
            ];
        });
        return CsvExporter.Render(new Table("", Header.Split(',').Select(name => new TableColumn(name)), rows));
    }

    private static string Text(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}
