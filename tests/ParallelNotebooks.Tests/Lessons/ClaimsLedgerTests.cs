using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class ClaimsLedgerTests
{
    private static readonly IReadOnlyDictionary<string, ArticleClaim> TwoClaims = new Dictionary<string, ArticleClaim>
    {
        ["b-late"] = new("b-late", 7, "Late, with a comma", null, "x"),
        ["a-early"] = new("a-early", 4, "Early", 20.02, "s"),
    };

    [Fact]
    public void Build_RecordsForSomeClaims_OneRowPerClaimInSectionOrder()
    {
        string[] records =
        [
            """{"Id":"a-early","Measured":19.5,"Verdict":"DoesNotHold","Note":"old","Cores":2}""",
            """{"Id":"a-early","Measured":20.01,"Verdict":"Holds","Note":"close","Cores":2}""",
        ];

        var lines = ClaimsLedger.Build(TwoClaims, records).TrimEnd().Split('\n');

        Assert.Equal(ClaimsLedger.Header, lines[0]);
        Assert.Equal("a-early,4,Early,20.02,s,20.01,holds,close,2", lines[1]);
        Assert.Equal("b-late,7,\"Late, with a comma\",,x,,not measured,,", lines[2]);
    }

    [Fact]
    public void Load_KitClaims_ParsesFiguresAndQuotedText()
    {
        var claims = Claims.Load(Path.Combine(Repository.Root, "data", "article-claims.csv"));

        Assert.Equal(20.02, claims["serial-time"].ArticleFigure);
        Assert.Null(claims["order-changes"].ArticleFigure);
        Assert.Contains(",", claims["three-requirements"].Claim);
    }
}
