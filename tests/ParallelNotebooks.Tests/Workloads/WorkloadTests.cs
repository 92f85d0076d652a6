namespace ParallelNotebooks.Tests.Workloads;

public sealed class WorkloadTests
{
    public static TheoryData<Workload> EveryKind =>
    [
        Workload.Article(TimeSpan.FromMilliseconds(1)),
        Workload.Io(TimeSpan.FromMilliseconds(1)),
        Workload.CpuBound(1000),
        Workload.Uneven([TimeSpan.FromMilliseconds(2), TimeSpan.Zero]),
        Workload.FailingAt(3, TimeSpan.FromMilliseconds(5), Workload.Article(TimeSpan.Zero)),
    ];

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "odd")]
    [InlineData(2, "even")]
    [InlineData(7, "odd")]
    [InlineData(46341, "odd")]
    public void Article_Item_ClassifiesItsSquare(int item, string expected)
    {
        Assert.Equal(expected, Workload.Article(TimeSpan.Zero).Run(item));
    }

    [Fact]
    public async Task Article_RunAsync_AgreesWithRun()
    {
        var workload = Workload.Article(TimeSpan.FromMilliseconds(1));

        Assert.Equal(workload.Run(5), await workload.RunAsync(5));
    }

    [Fact]
    public void CpuBound_PrimesBelowHundred_AreTwentyFive()
    {
        Assert.Equal("25 primes", Workload.CpuBound(100).Run(0));
    }

    [Fact]
    public void CpuBound_Canceled_StopsWithCancellation()
    {
        Assert.Throws<OperationCanceledException>(() => Workload.CpuBound(10_000_000).Run(0, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void FailingAt_FailingItem_Throws()
    {
        var workload = Workload.FailingAt(2, TimeSpan.Zero, Workload.Article(TimeSpan.Zero));

        Assert.Equal("odd", workload.Run(1));
        Assert.Throws<InvalidOperationException>(() => workload.Run(2));
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Parse_Spec_RebuildsTheSameWorkload(Workload workload)
    {
        var rebuilt = Workload.Parse(workload.Spec);

        Assert.Equal(workload.Spec, rebuilt.Spec);
        Assert.Equal(workload.Name, rebuilt.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("article")]
    [InlineData("article:-5")]
    [InlineData("cpu:1")]
    [InlineData("failing:x:0:article:0")]
    [InlineData("sleep:100")]
    [InlineData("uneven:")]
    [InlineData("uneven:10,x")]
    [InlineData("uneven:10,-1")]
    public void Parse_NotAWorkload_ThrowsFormatException(string spec)
    {
        Assert.Throws<FormatException>(() => Workload.Parse(spec));
    }

    [Fact]
    public void Uneven_Items_CycleThroughTheWaitsAndTheMeanIsTheItemTime()
    {
        var workload = Workload.Uneven([TimeSpan.FromMilliseconds(30), TimeSpan.FromMilliseconds(10)]);

        Assert.Equal(["waited 0.03 s", "waited 0.01 s", "waited 0.03 s"], Enumerable.Range(0, 3).Select(i => workload.Run(i)));
        Assert.Equal(TimeSpan.FromMilliseconds(20), workload.ItemTime);
        Assert.False(workload.UsesCpu);
        Assert.Equal("uneven items (0.01 s to 0.03 s wait)", workload.Name);
    }

    [Fact]
    public async Task Uneven_RunAsync_AgreesWithRunAndWaitsItsOwnLength()
    {
        var workload = Workload.Uneven([TimeSpan.FromMilliseconds(200), TimeSpan.Zero]);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();

        var first = await workload.RunAsync(1);
        var quick = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        var second = await workload.RunAsync(0);

        Assert.Equal((workload.Run(1), workload.Run(0)), (first, second));
        Assert.True(quick < TimeSpan.FromMilliseconds(200), $"item 1 waits nothing, but took {quick}");
    }

    [Fact]
    public void Uneven_BadWaits_ThrowNamingThem()
    {
        Assert.Equal("waits", Assert.Throws<ArgumentNullException>(() => Workload.Uneven(null!)).ParamName);
        Assert.Equal("waits", Assert.Throws<ArgumentException>(() => Workload.Uneven([])).ParamName);
        Assert.Equal("waits", Assert.Throws<ArgumentOutOfRangeException>(() => Workload.Uneven([TimeSpan.Zero, TimeSpan.FromSeconds(-1)])).ParamName);
    }

    [Fact]
    public void Article_NegativeWait_ThrowsNamingIt()
    {
        Assert.Equal("wait", Assert.Throws<ArgumentOutOfRangeException>(() => Workload.Article(TimeSpan.FromSeconds(-1))).ParamName);
    }

    [Fact]
    public void Io_NegativeWait_ThrowsNamingIt()
    {
        Assert.Equal("wait", Assert.Throws<ArgumentOutOfRangeException>(() => Workload.Io(TimeSpan.FromSeconds(-1))).ParamName);
    }

    [Fact]
    public void CpuBound_SizeBelowTwo_ThrowsNamingIt()
    {
        Assert.Equal("primesBelow", Assert.Throws<ArgumentOutOfRangeException>(() => Workload.CpuBound(1)).ParamName);
    }

    [Fact]
    public void FailingAt_BadArguments_ThrowNamingThem()
    {
        var inner = Workload.Article(TimeSpan.Zero);
        Assert.Equal("failingItem", Assert.Throws<ArgumentOutOfRangeException>(() => Workload.FailingAt(-1, TimeSpan.Zero, inner)).ParamName);
        Assert.Equal("after", Assert.Throws<ArgumentOutOfRangeException>(() => Workload.FailingAt(1, TimeSpan.FromSeconds(-1), inner)).ParamName);
        Assert.Equal("inner", Assert.Throws<ArgumentNullException>(() => Workload.FailingAt(1, TimeSpan.Zero, null!)).ParamName);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(4, false)]
    [InlineData(2_147_483_647, true)]      // 2^31 - 1, a prime: trial division by d * d <= n overflowed before reaching it
    [InlineData(2_147_395_600, false)]     // 46 340 squared, the largest square an int holds
    public void IsPrime_UpToTheLargestInt_AnswersWithoutOverflow(int n, bool prime)
    {
        Assert.Equal(prime, CpuBoundWorkload.IsPrime(n));
    }
}
