using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Notebooks;

public sealed class ClaimsCoverageTests
{
    private static IReadOnlyDictionary<string, ArticleClaim> ArticleClaims =>
        Claims.Load(Path.Combine(Repository.Root, "data", "article-claims.csv"));

    [Fact]
    public void ArticleClaims_EverySectionOfTheArticle_HasAClaim()
    {
        Assert.Equal(Enumerable.Range(1, 10), ArticleClaims.Values.Select(c => c.Section).Distinct().Order());
    }

    [Fact]
    public void Lessons_EveryClaimOfTheArticle_IsRecordedByALesson()
    {
        var sources = string.Concat(LessonFiles.Names.SelectMany(n => LessonFiles.Load(n).Cells).Select(c => c.Source));

        Assert.All(ArticleClaims.Keys, id => Assert.Contains($"Claims.Record(\"{id}\"", sources));
    }

    [Fact]
    public void Ledger_InData_GivesEveryClaimAMeasurementAndVerdict()
    {
        var rows = File.ReadAllLines(Path.Combine(Repository.Root, "data", "claims-ledger.csv")).Skip(1)
            .Select(l => ParallelNotebooks.Exporters.Csv.Split(l)).ToList();

        Assert.Equal(ArticleClaims.Keys.Order(), rows.Select(r => r[0]).Order());
        Assert.All(rows, r => Assert.Contains(r[6], new[] { "holds", "holds differently in C#", "does not hold" }));
        Assert.All(rows, r => Assert.NotEqual("", r[5]));
    }
}
