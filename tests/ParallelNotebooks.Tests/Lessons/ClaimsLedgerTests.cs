using System.Globalization;
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
            """{"Id":"a-early","Measured":19.5,"Low":19.5,"High":19.5,"Runs":1,"Verdict":"DoesNotHold","CoresFrom":null,"CoresTo":null,"Note":"old","Cores":2,"Machine":"Linux","Date":"2026-11-26"}""",
            """{"Id":"a-early","Measured":20.01,"Low":20,"High":20.2,"Runs":3,"Verdict":"DependsOnCores","CoresFrom":5,"CoresTo":9,"Note":"close","Cores":2,"Machine":"Linux 6.1","Date":"2026-11-26"}""",
        ];

        var lines = ClaimsLedger.Build(TwoClaims, records).TrimEnd().Split('\n');

        Assert.Equal(ClaimsLedger.Header, lines[0]);
        Assert.Equal("a-early,4,Early,20.02,s,20.01,20,20.2,3,depends on the core count: holds on 5 to 9 cores,close,2,Linux 6.1,2026-11-26", lines[1]);
        Assert.Equal("b-late,7,\"Late, with a comma\",,x,,,,,not measured,,,,", lines[2]);
    }

    [Fact]
    public void Build_NothingMeasured_LeavesTheFigureEmpty()
    {
        string[] records = ["""{"Id":"b-late","Measured":null,"Low":null,"High":null,"Runs":0,"Verdict":"NotTestableHere","CoresFrom":null,"CoresTo":null,"Note":"cannot rerun","Cores":2,"Machine":"Linux","Date":"2026-11-26"}"""];

        var row = ClaimsLedger.Build(TwoClaims, records).TrimEnd().Split('\n')[^1];

        Assert.Equal("b-late,7,\"Late, with a comma\",,x,,,,0,not testable here,cannot rerun,2,Linux,2026-11-26", row);
    }

    [Fact]
    public void Record_Judgement_WritesWhatTheLedgerReadsBack()
    {
        var path = Path.GetTempFileName();
        var before = Environment.GetEnvironmentVariable(Claims.RecordsVariable);
        try
        {
            Environment.SetEnvironmentVariable(Claims.RecordsVariable, path);
            Claims.Record(Judges.ProcessesForCpu(Samples.Of(1.9, 1.95), Samples.Of(1.9, 1.96), cores: 2));

            var ledger = Table.ParseCsv(ClaimsLedger.Build(Claims.Article, File.ReadAllLines(path)));
            var row = ledger.Column("id").ToList().IndexOf("processes-for-cpu");

            Assert.Equal(["1.93", "1.9", "1.96", "2"], [ledger[row, "measured"], ledger[row, "low"], ledger[row, "high"], ledger[row, "runs"]]);
            Assert.Equal("holds differently in C#", ledger[row, "verdict"]);
            Assert.Equal(Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), ledger[row, "cores"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Claims.RecordsVariable, before);
            File.Delete(path);
        }
    }

    [Fact]
    public void Line_NothingMeasured_SaysSoBesideTheArticlesFigure()
    {
        var line = Claims.Line(Claims.Get("claim-500h-to-4h"), Judges.Claim500hTo4h());

        Assert.StartsWith("[claim claim-500h-to-4h] article 125 x, nothing measured here: not testable here.", line);
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
