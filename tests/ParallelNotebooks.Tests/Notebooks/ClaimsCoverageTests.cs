using System.Text.RegularExpressions;
using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Notebooks;

public sealed partial class ClaimsCoverageTests
{
    private static readonly string[] VerdictWords =
        ["holds", "holds differently in C#", "does not hold", "no difference (within the spread)", "not testable here"];

    private static IReadOnlyDictionary<string, ArticleClaim> ArticleClaims =>
        Claims.Load(Path.Combine(Repository.Root, "data", "article-claims.csv"));

    private static string LessonSources =>
        string.Concat(LessonFiles.Names.SelectMany(n => LessonFiles.Load(n).Cells).Where(c => c.IsCode).Select(c => c.Source));

    [Fact]
    public void ArticleClaims_EverySectionOfTheArticle_HasAClaim()
    {
        Assert.Equal(Enumerable.Range(1, 10), ArticleClaims.Values.Select(c => c.Section).Distinct().Order());
    }

    [Fact]
    public void Lessons_EveryClaimOfTheArticle_IsRecordedThroughItsJudge()
    {
        var judges = JudgeMethods();
        var sources = LessonSources;

        Assert.Equal(ArticleClaims.Keys.Order(), judges.Keys.Order());
        Assert.All(judges, judge => Assert.Contains($"Claims.Record(Judges.{judge.Value}(", sources));
    }

    [Fact]
    public void Lessons_NoCell_ChoosesAVerdict()
    {
        Assert.DoesNotContain("Verdict.", LessonSources);
    }

    [Fact]
    public void Ledger_InData_GivesEveryClaimAVerdictAndTheMachine()
    {
        var ledger = Table.ParseCsv(File.ReadAllText(Path.Combine(Repository.Root, "data", "claims-ledger.csv")));
        var rows = Enumerable.Range(0, ledger.Rows.Count).ToList();

        Assert.Equal(ClaimsLedger.Header.Split(','), ledger.Columns.Select(c => c.Name));
        Assert.Equal(ArticleClaims.Keys.Order(), ledger.Column("id").Order());
        Assert.All(ledger.Column("verdict"), v => Assert.True(VerdictWords.Contains(v) || v.StartsWith("depends on the core count: holds ", StringComparison.Ordinal), v));
        // A claim that holds must rest on a measurement made here.
        Assert.All(rows.Where(r => ledger[r, "verdict"].StartsWith("holds", StringComparison.Ordinal)), r => Assert.NotEqual("", ledger[r, "measured"]));
        Assert.All(ledger.Column("cores"), c => Assert.NotEqual("", c));
        Assert.All(ledger.Column("machine"), m => Assert.NotEqual("", m));
        Assert.All(ledger.Column("date"), d => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", d));
    }

    /// <summary>Judge method by claim id, read from <c>Judges.cs</c>.</summary>
    private static Dictionary<string, string> JudgeMethods()
    {
        var source = File.ReadAllText(Path.Combine(Repository.Root, "lib", "ParallelNotebooks.Lessons", "Judges.cs"));
        return JudgeDeclaration().Matches(source)
            .ToDictionary(m => m.Groups["id"].Value, m => m.Groups["method"].Value);
    }

    [GeneratedRegex(@"public static Judgement (?<method>\w+)\((?:[^)]*)\)(?:\s*\{\s*const string Id = | => Headline\()""(?<id>[a-z0-9-]+)""")]
    private static partial Regex JudgeDeclaration();
}
