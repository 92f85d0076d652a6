using ParallelNotebooks.Lessons;
using ParallelNotebooks.Tests.Fakes;

namespace ParallelNotebooks.Tests.Lessons;

/// <summary>Each judge, fed measurements that lead to each of its verdicts.</summary>
public sealed class JudgesTests
{
    [Theory]
    [InlineData(0.98, 0.95, 1.9, 1.97, 2.0, Verdict.Holds)]
    [InlineData(1.9, 1.9, 1.9, 1.97, 2.0, Verdict.DoesNotHold)]
    [InlineData(1.4, 1.3, 1.9, 1.97, 2.0, Verdict.NotTestableHere)]
    [InlineData(0.98, 0.95, 1.0, 1.0, 1.0, Verdict.NotTestableHere)]
    public void GilOneThread_CoresPythonThreadsKeptBusy_DecideTheVerdict(double cores, double threads, double processes, double csharp, double ideal, Verdict expected)
    {
        var judgement = Judges.GilOneThread(cores, threads, processes, csharp, ideal);

        Assert.Equal(expected, judgement.Verdict);
        Assert.Equal("gil-one-thread", judgement.ClaimId);
    }

    [Theory]
    [InlineData(1.97, "CPython's rule")]
    [InlineData(1.05, "cannot show")]
    public void GilOneThread_PythonTookTurns_ContrastSaysOnlyWhatCSharpShowed(double csharp, string said)
    {
        var judgement = Judges.GilOneThread(0.98, 0.95, 1.9, csharp, 2.0);

        Assert.Equal(Verdict.Holds, judgement.Verdict);
        Assert.Contains(said, judgement.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreadsNotSimultaneous_PythonRun_ContrastLeavesOutOneThread()
    {
        var run = new PythonRun("cpusweep", [], new Dictionary<string, double> { ["threads_1_cores"] = 1.0, ["threads_2_cores"] = 1.0 });

        // One thread at 1.79x is a cold baseline, not threads at once: the contrast reads 1.02x, the best of the rest.
        var judgement = Judges.ThreadsNotSimultaneous(run, [1, 2, 4], [1.79, 1.02, 1.01]);

        Assert.Contains("1.02x", judgement.Note, StringComparison.Ordinal);
        Assert.DoesNotContain("1.79x", judgement.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Verdict.Holds, "weigh on the per-item side")]
    [InlineData(Verdict.DoesNotHold, "did not decide it")]
    [InlineData(Verdict.NoDifference, "did not decide it")]
    public void ProcessStarts_Verdict_ExplainsTheStartsOnlyWhereThePoolWon(Verdict verdict, string said)
    {
        Assert.Contains(said, Judges.ProcessStarts(verdict, 8, 2), StringComparison.Ordinal);
    }

    [Fact]
    public void GilOneThread_NoPython_IsNotTestableWhateverCSharpDid()
    {
        var judgement = Judges.GilOneThread(null, null, null, 1.97, 2.0);

        Assert.Equal(Verdict.NotTestableHere, judgement.Verdict);
        Assert.Null(judgement.Measured);
        Assert.Contains("1.97x", judgement.Note);
    }

    [Fact]
    public void GilOneThread_ReferenceFigures_CountAsNotMeasured()
    {
        var reference = new PythonRun("cpu", [], new Dictionary<string, double> { ["threads_speedup"] = 0.93, ["threads_cores"] = 1.0, ["pool_speedup"] = 1.8 }) { MeasuredHere = false };

        var judgement = Judges.GilOneThread(reference, FakeReports.Serial, FakeReports.Pool);

        Assert.Equal(Verdict.NotTestableHere, judgement.Verdict);
    }

    [Theory]
    [InlineData(new[] { 0.3, 0.9 }, Verdict.Holds)]
    [InlineData(new[] { 0.9, 0.91 }, Verdict.NoDifference)]
    [InlineData(new[] { 0.3, 1.0 }, Verdict.DoesNotHold)]
    public void SpeedupBelowProportional_Efficiencies_DecideTheVerdict(double[] efficiencies, Verdict expected)
    {
        Assert.Equal(expected, Judges.SpeedupBelowProportional(efficiencies).Verdict);
    }

    [Theory]
    [InlineData(5, 0, new[] { "zero", "odd" }, Verdict.HoldsDifferentlyInCSharp)]
    [InlineData(0, 12, new[] { "zero", "odd" }, Verdict.HoldsDifferentlyInCSharp)]
    [InlineData(5, 12, new[] { "odd", "zero" }, Verdict.Holds)]
    [InlineData(0, 0, new[] { "zero", "odd" }, Verdict.NotTestableHere)]
    public void ThreeRequirements_RaceAndReturnedResults_DecideTheVerdict(int wrongSteps, long lost, string[] returned, Verdict expected)
    {
        var judgement = Judges.ThreeRequirements(wrongSteps, lost, returned, ["zero", "odd"]);

        Assert.Equal(expected, judgement.Verdict);
    }

    [Fact]
    public void ThreeRequirements_FewerResultsThanItems_AreNotIntact()
    {
        Assert.Equal(Verdict.Holds, Judges.ThreeRequirements(3, 0, ["zero"], ["zero", "odd"]).Verdict);
    }

    [Theory]
    [InlineData(20.019, Verdict.Holds)]
    [InlineData(19.2, Verdict.Holds)]
    [InlineData(18.9, Verdict.DoesNotHold)]
    [InlineData(40.0, Verdict.DoesNotHold)]
    public void SerialTime_AgainstTheArticle_FivePercentDecides(double seconds, Verdict expected)
    {
        Assert.Equal(expected, Judges.SerialTime(TimeSpan.FromSeconds(seconds), 20.02).Verdict);
    }

    [Theory]
    [InlineData(1.2, Verdict.DoesNotHold)]
    [InlineData(35, Verdict.Holds)]
    [InlineData(60, Verdict.DoesNotHold)]
    public void SerialCpuUse_Share_InsideThirtyToFortyHolds(double percent, Verdict expected)
    {
        Assert.Equal(expected, Judges.SerialCpuUse(percent).Verdict);
    }

    [Theory]
    [InlineData(2.04, 0.0, Verdict.Holds)]
    [InlineData(3.0, 0.0, Verdict.Holds)]
    [InlineData(3.1, 0.0, Verdict.DoesNotHold)]
    [InlineData(3.0, 0.3, Verdict.DoesNotHold)]
    public void ProcessTime_OverlapAndWallOverIdeal_DecideTheVerdict(double wall, double startsApart, Verdict expected)
    {
        // Ten items of 2 s, each started startsApart seconds after the one before: 0.3 s apart, the first has ended
        // before the last starts, so never were all ten waiting at once.
        var items = Enumerable.Range(0, 10).Select(i => FakeReports.Item(i, "r", i * startsApart, (i * startsApart) + 2, $"process {i}")).ToList();
        var perItem = FakeReports.Report("process per item", 10, wall, 2.0, items);

        var judgement = Judges.ProcessTime(perItem, 2.23, 2.01);

        Assert.Equal(expected, judgement.Verdict);
        Assert.Contains("not from processes", judgement.Note);
        Assert.Contains(startsApart > 0 ? "did not all overlap" : "Every item was waiting at the same moment", judgement.Note);
    }

    [Fact]
    public void PoolTime_TwoWorkersTwelveSeconds_DependsOnTheCoreCountFiveToNine()
    {
        var judgement = Judges.PoolTime(Pool(workers: 2, wall: 12.03), 4.17, TimeSpan.FromSeconds(2));

        Assert.Equal(Verdict.DependsOnCores, judgement.Verdict);
        Assert.Equal(new CoreRange(5, 9), judgement.Cores);
        Assert.Equal("depends on the core count: holds on 5 to 9 cores", judgement.Describe());
    }

    [Fact]
    public void PoolTime_SixWorkersFourSeconds_Holds()
    {
        Assert.Equal(Verdict.Holds, Judges.PoolTime(Pool(workers: 6, wall: 4.1), 4.17, TimeSpan.FromSeconds(2)).Verdict);
    }

    [Fact]
    public void PoolTime_SlowerThanItsRounds_DoesNotHold()
    {
        Assert.Equal(Verdict.DoesNotHold, Judges.PoolTime(Pool(workers: 2, wall: 15), 4.17, TimeSpan.FromSeconds(2)).Verdict);
    }

    [Fact]
    public void PoolTime_ArticleFasterThanAnyPool_DoesNotHold()
    {
        Assert.Equal(Verdict.DoesNotHold, Judges.PoolTime(Pool(workers: 2, wall: 12), 1.0, TimeSpan.FromSeconds(2)).Verdict);
    }

    [Fact]
    public void PoolTime_ArticleTimeFitsBigPools_HoldsFromACoreCountUp()
    {
        // 2.1 s is one round: every pool of 10 workers or more, with no upper end.
        var judgement = Judges.PoolTime(Pool(workers: 2, wall: 12), 2.1, TimeSpan.FromSeconds(2));

        Assert.Equal(new CoreRange(10), judgement.Cores);
        Assert.Equal("depends on the core count: holds from 10 cores", judgement.Describe());
    }

    [Theory]
    [InlineData(new[] { 2.0, 2.1, 2.05 }, new[] { 12.0, 12.1, 12.05 }, 2, Verdict.Holds)]
    [InlineData(new[] { 2.0, 2.5, 2.2 }, new[] { 2.3, 2.4, 2.1 }, 2, Verdict.NoDifference)]
    [InlineData(new[] { 12.0, 12.1 }, new[] { 2.0, 2.1 }, 2, Verdict.DoesNotHold)]
    [InlineData(new[] { 2.0 }, new[] { 12.0 }, 16, Verdict.NotTestableHere)]
    public void ProcessBeatsPool_Samples_DecideTheVerdict(double[] perItem, double[] pool, int cores, Verdict expected)
    {
        Assert.Equal(expected, Judges.ProcessBeatsPool(new Samples(perItem), new Samples(pool), cores).Verdict);
    }

    [Theory]
    [InlineData(new[] { 1.0, 1.1 }, new[] { 0.01, 0.012 }, Verdict.Holds)]
    [InlineData(new[] { 1.0, 1.1 }, new[] { 1.05, 1.08 }, Verdict.NoDifference)]
    [InlineData(new[] { 0.01, 0.012 }, new[] { 1.0, 1.1 }, Verdict.DoesNotHold)]
    public void PoolBeatsProcessTinyItems_Samples_DecideTheVerdict(double[] perItem, double[] pool, Verdict expected)
    {
        Assert.Equal(expected, Judges.PoolBeatsProcessTinyItems(new Samples(perItem), new Samples(pool), 1000).Verdict);
    }

    [Theory]
    [InlineData(new[] { 5.0, 5.2 }, new[] { 4.0, 4.1 }, Verdict.Holds)]
    [InlineData(new[] { 4.0, 4.2 }, new[] { 4.1, 4.15 }, Verdict.NoDifference)]
    [InlineData(new[] { 3.0, 3.1 }, new[] { 4.0, 4.1 }, Verdict.DoesNotHold)]
    public void PoolSparesCompetition_Samples_DecideTheVerdict(double[] perItem, double[] pool, Verdict expected)
    {
        Assert.Equal(expected, Judges.PoolSparesCompetition(new Samples(perItem), new Samples(pool), stretch: 4).Verdict);
    }

    [Fact]
    public void OrderChanges_Orders_DecideTheVerdict()
    {
        IReadOnlyList<int> first = [0, 1, 2];
        IReadOnlyList<int> second = [1, 0, 2];

        Assert.Equal(Verdict.Holds, Judges.OrderChanges([first, second, first], resultsAlike: true).Verdict);
        Assert.Equal(Verdict.DoesNotHold, Judges.OrderChanges([first, first, first], resultsAlike: true).Verdict);
        Assert.Equal(Verdict.DoesNotHold, Judges.OrderChanges([first, second], resultsAlike: false).Verdict);
    }

    [Fact]
    public void OrderChanges_Reports_ReadTheOrderFromEndTimes()
    {
        // Both reports list their items in the same order, but their end times say otherwise.
        var a = FakeReports.Report("p", 2, 1, 1, [FakeReports.Item(0, "zero", 0, 1.0, "x"), FakeReports.Item(1, "odd", 0, 0.5, "y")]);
        var b = FakeReports.Report("p", 2, 1, 1, [FakeReports.Item(0, "zero", 0, 0.5, "x"), FakeReports.Item(1, "odd", 0, 1.0, "y")]);

        Assert.Equal(Verdict.Holds, Judges.OrderChanges([a, b]).Verdict);
        Assert.Equal(Verdict.DoesNotHold, Judges.OrderChanges([a, a]).Verdict);
    }

    [Fact]
    public void Headline_TheArticlesClaims_AreNotTestableAndSayWhatAmdahlRequires()
    {
        var small = Judges.Claim40hTo6h();
        var big = Judges.Claim500hTo4h();

        Assert.Equal(Verdict.NotTestableHere, small.Verdict);
        Assert.Equal(Verdict.NotTestableHere, big.Verdict);
        Assert.Null(big.Measured);
        Assert.Contains("85.0 %", small.Note);
        Assert.Contains("99.98 %", big.Note);
    }

    [Fact]
    public void Headline_MoreSpeedupThanCores_DoesNotHold()
    {
        Assert.Equal(Verdict.DoesNotHold, Judges.Headline("claim-500h-to-4h", 500, 2, 128).Verdict);
    }

    [Theory]
    [InlineData(new[] { 1.0, 0.99, 0.98 }, 2, Verdict.Holds)]
    [InlineData(new[] { 1.0, 1.9, 1.95 }, 2, Verdict.DoesNotHold)]
    [InlineData(new[] { 1.0, 1.4 }, 2, Verdict.NotTestableHere)]
    [InlineData(new[] { 1.0 }, 1, Verdict.NotTestableHere)]
    public void ThreadsNotSimultaneous_CoresPythonThreadsKeptBusy_DecideTheVerdict(double[] python, int cores, Verdict expected)
    {
        Assert.Equal(expected, Judges.ThreadsNotSimultaneous(python, [1.0, 1.97], cores).Verdict);
    }

    [Fact]
    public void ThreadsNotSimultaneous_NoPython_IsNotTestableHere()
    {
        Assert.Equal(Verdict.NotTestableHere, Judges.ThreadsNotSimultaneous(null, [1.0, 1.97], 2).Verdict);
    }

    [Fact]
    public void ThreadsNotSimultaneous_PythonRun_ReadsEveryThreadCount()
    {
        var run = new PythonRun("cpusweep", [], new Dictionary<string, double> { ["threads_1_cores"] = 1.0, ["threads_2_cores"] = 1.9, ["threads_2_speedup"] = 1.0 });

        var judgement = Judges.ThreadsNotSimultaneous(run, [1, 2, 4], [1.0, 1.9, 1.9]);

        // The best thread count decides, and a count Python did not report is skipped.
        Assert.Equal(Environment.ProcessorCount >= 2 ? 1.9 : null, judgement.Measured?.Median);
    }

    [Theory]
    [InlineData(new[] { 1.00, 1.01 }, new[] { 1.20, 1.22 }, new[] { 1.5, 1.6 }, Verdict.HoldsDifferentlyInCSharp)]
    [InlineData(new[] { 1.00, 1.02 }, new[] { 1.01, 1.03 }, new[] { 1.5, 1.6 }, Verdict.Holds)]
    [InlineData(new[] { 1.00, 1.01 }, new[] { 1.5, 1.6 }, new[] { 1.55, 1.58 }, Verdict.NoDifference)]
    [InlineData(new[] { 1.00, 1.01 }, new[] { 2.0, 2.1 }, new[] { 1.5, 1.6 }, Verdict.DoesNotHold)]
    public void ThreadsForIo_Samples_DecideTheVerdict(double[] tasks, double[] threads, double[] processes, Verdict expected)
    {
        Assert.Equal(expected, Judges.ThreadsForIo(new Samples(tasks), new Samples(threads), new Samples(processes)).Verdict);
    }

    [Theory]
    [InlineData(500, 2, Verdict.Holds)]
    [InlineData(500, 400, Verdict.DoesNotHold)]
    [InlineData(20, 2, Verdict.NotTestableHere)]
    public void ThreadsForGui_TickDelays_DecideTheVerdict(double frozenMs, double offloadedMs, Verdict expected)
    {
        var judgement = Judges.ThreadsForGui(TimeSpan.FromMilliseconds(frozenMs), TimeSpan.FromMilliseconds(offloadedMs), TimeSpan.FromMilliseconds(10));

        Assert.Equal(expected, judgement.Verdict);
    }

    [Theory]
    [InlineData(new[] { 1.95, 1.97 }, new[] { 1.94, 1.96 }, 2, Verdict.HoldsDifferentlyInCSharp)]
    [InlineData(new[] { 1.95, 1.97 }, new[] { 1.5, 1.6 }, 2, Verdict.HoldsDifferentlyInCSharp)]
    [InlineData(new[] { 1.2, 1.3 }, new[] { 1.9, 1.95 }, 2, Verdict.Holds)]
    [InlineData(new[] { 1.0 }, new[] { 1.0 }, 1, Verdict.NotTestableHere)]
    public void ProcessesForCpu_Samples_DecideTheVerdict(double[] threads, double[] processes, int cores, Verdict expected)
    {
        Assert.Equal(expected, Judges.ProcessesForCpu(new Samples(threads), new Samples(processes), cores).Verdict);
    }

    [Fact]
    public void Judges_EveryClaimOfTheArticle_HasAJudge()
    {
        var claims = Claims.Load(Path.Combine(Repository.Root, "data", "article-claims.csv"));

        Assert.Equal(claims.Keys.Order(), JudgedClaims().Order());
    }

    /// <summary>The claim ids the judges name, read from their <c>const string Id</c> and wrappers.</summary>
    internal static IEnumerable<string> JudgedClaims()
    {
        var source = File.ReadAllText(Path.Combine(Repository.Root, "lib", "ParallelNotebooks.Lessons", "Judges.cs"));
        return System.Text.RegularExpressions.Regex.Matches(source, "(?:const string Id = |Headline\\()\"([a-z0-9-]+)\"")
            .Select(m => m.Groups[1].Value).Distinct();
    }

    private static RunReport Pool(int workers, double wall) =>
        FakeReports.Report("process pool", workers, wall, 0, [FakeReports.Item(0, "zero", 0, 2, "process 1")]) with { ItemCount = 10 };
}
