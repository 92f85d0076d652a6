using System.Collections.Concurrent;

namespace ParallelNotebooks.Tests.Workloads;

/// <summary>A learner's own function as a workload (<see cref="Workload.Create(string, Func{int, string}, bool, TimeSpan?)"/>).</summary>
public sealed class OwnWorkloadTests
{
    private static readonly string[] Lines = ["one", "two words", "now three words", "and now four words"];

    public static TheoryData<string> ProcessRunners => ["process per item", "process pool"];

    private static Runner ProcessRunner(string strategy) => strategy == "process pool" ? Runners.ProcessPool() : Runners.ProcessPerItem();

    private static string CountWords(string line) => $"{line.Split(' ').Length} words";

    [Fact]
    public async Task Create_FunctionOfItems_SerialRunsItOnEveryItem()
    {
        var workload = Workload.Create("square", item => $"{item * item}", usesCpu: true);

        var report = await Runners.Serial().RunAsync(workload, 5);

        Assert.Equal(RunOutcome.Completed, report.Outcome);
        Assert.Equal(["0", "1", "4", "9", "16"], report.InItemOrder.Select(r => r.Result));
        Assert.All(report.Completed, r => Assert.Null(r.Input));
        Assert.Null(workload.Inputs);
    }

    [Fact]
    public async Task Create_FunctionOfInputs_EveryRecordNamesItsInput()
    {
        var workload = Workload.Create("count words", Lines, CountWords, usesCpu: true);

        var report = await Runners.ThreadPool().RunAsync(workload, Lines.Length);

        Assert.Equal(RunOutcome.Completed, report.Outcome);
        Assert.Equal(Lines, report.InItemOrder.Select(r => r.Input));
        Assert.Equal(["1 words", "2 words", "3 words", "4 words"], report.InItemOrder.Select(r => r.Result));
    }

    [Fact]
    public async Task Create_InputsChangedAfterwards_RecordsKeepTheInputsGiven()
    {
        var inputs = new List<string>(Lines);
        var workload = Workload.Create("count words", inputs, CountWords, usesCpu: false);
        inputs[0] = "changed afterwards";

        var report = await Runners.Serial().RunAsync(workload, 1);

        Assert.Equal("one", report.Completed.Single().Input);
        Assert.Equal("1 words", report.Completed.Single().Result);
    }

    [Fact]
    public async Task Create_NoItemTime_TimesItemZeroTwiceBeforeTheRun()
    {
        var calls = new ConcurrentBag<int>();
        var workload = Workload.Create("spin", item =>
        {
            calls.Add(item);
            Thread.SpinWait(10_000);
            return "done";
        }, usesCpu: true);

        var report = await Runners.Serial().RunAsync(workload, 3);

        Assert.True(report.ItemTime > TimeSpan.Zero);
        Assert.Equal([0, 0, 0, 1, 2], calls.Order());
        Assert.Equal(report.ItemTime * 3, report.Ideal);
    }

    [Fact]
    public async Task Create_ItemTimeGiven_IdealUsesItAndNothingRunsBefore()
    {
        var calls = 0;
        var workload = Workload.Create("given", item => $"{Interlocked.Increment(ref calls)}", usesCpu: false, itemTime: TimeSpan.FromSeconds(3));

        var report = await Runners.ThreadPerItem().RunAsync(workload, 4);

        Assert.Equal(4, calls);
        Assert.Equal(TimeSpan.FromSeconds(3), report.ItemTime);
        Assert.Equal(TimeSpan.FromSeconds(3), report.Ideal);
    }

    [Fact]
    public async Task Create_AwaitingFunction_TasksRunnerOverlapsEveryWait()
    {
        var workload = Workload.Create("wait", async (int item, CancellationToken cancel) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300), cancel);
            return $"reply {item}";
        }, usesCpu: false, itemTime: TimeSpan.FromMilliseconds(300));

        var report = await Runners.Tasks().RunAsync(workload, 20);

        Assert.Equal(RunOutcome.Completed, report.Outcome);
        Assert.Equal(20, report.MaxConcurrency);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"reply {i}"), report.InItemOrder.Select(r => r.Result));
    }

    [Fact]
    public async Task Create_AwaitingFunctionOfInputs_BlockingRunnersRunItToo()
    {
        var workload = Workload.Create("count words later", Lines, async (line, cancel) =>
        {
            await Task.Delay(1, cancel);
            return CountWords(line);
        }, usesCpu: false);

        var report = await Runners.Serial().RunAsync(workload, Lines.Length);

        Assert.Equal(RunOutcome.Completed, report.Outcome);
        Assert.Equal(Lines, report.InItemOrder.Select(r => r.Input));
        Assert.Equal("4 words", report.InItemOrder[^1].Result);
        Assert.True(report.ItemTime > TimeSpan.Zero);
    }

    [Fact]
    public async Task Create_AwaitingFunction_TokenStopsItAtTheTimeout()
    {
        var workload = Workload.Create("hang", async (int item, CancellationToken cancel) =>
        {
            await Task.Delay(TimeSpan.FromMinutes(1), cancel);
            return "never";
        }, usesCpu: false, itemTime: TimeSpan.FromMinutes(1));

        var report = await Runners.Tasks(new RunnerOptions { Timeout = TimeSpan.FromMilliseconds(300) }).RunAsync(workload, 5);

        Assert.Equal(RunOutcome.TimedOut, report.Outcome);
        Assert.Equal(5, report.Unfinished.Count);
        Assert.True(report.Wall < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Create_ItemZeroHangsWhileTimed_TimedOutAtTheRunsTimeout()
    {
        using var release = new ManualResetEventSlim();
        var workload = Workload.Create("stuck", item => release.Wait(TimeSpan.FromMinutes(1)) ? "late" : "never", usesCpu: true);
        try
        {
            var report = await Runners.ThreadPool(new ThreadPoolOptions { Timeout = TimeSpan.FromMilliseconds(300) }).RunAsync(workload, 4).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(RunOutcome.TimedOut, report.Outcome);
            Assert.Equal(4, report.Unfinished.Count);
            Assert.Empty(report.Completed);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task Create_CanceledWhileItemZeroIsTimed_Canceled()
    {
        using var release = new ManualResetEventSlim();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var workload = Workload.Create("stuck", item => release.Wait(TimeSpan.FromMinutes(1)) ? "late" : "never", usesCpu: true);
        try
        {
            var report = await Runners.Serial().RunAsync(workload, 4, cancel.Token).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(RunOutcome.Canceled, report.Outcome);
            Assert.Equal(4, report.Unfinished.Count);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task Create_FunctionThrows_FailedReportNamesTheItemAndItsInput()
    {
        var workload = Workload.Create("picky", Lines, line => line.Contains("three", StringComparison.Ordinal) ? throw new InvalidOperationException("no threes") : CountWords(line), usesCpu: true);

        var report = await Runners.Serial().RunAsync(workload, Lines.Length);

        Assert.Equal(RunOutcome.Failed, report.Outcome);
        Assert.Equal("Item 2 (input 'now three words') threw InvalidOperationException: no threes", report.Failure);
        Assert.Equal([0, 1], report.InItemOrder.Select(r => r.Item));
        Assert.Equal([2, 3], report.Unfinished);
    }

    [Fact]
    public async Task Create_InputFileMissing_FailedReportNamesTheItemAndTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("own-work-");
        try
        {
            var present = Path.Combine(folder.FullName, "present.txt");
            File.WriteAllText(present, "three words here");
            var missing = Path.Combine(folder.FullName, "missing.txt");
            var workload = Workload.Create("count words in files", [present, missing], path => CountWords(File.ReadAllText(path)), usesCpu: true);

            var report = await Runners.Serial().RunAsync(workload, 2);

            Assert.Equal(RunOutcome.Failed, report.Outcome);
            var prefix = $"Item 1 (input '{missing}') threw FileNotFoundException: ";
            Assert.StartsWith(prefix, report.Failure);
            Assert.Contains(missing, report.Failure![prefix.Length..]);
            Assert.Equal("3 words", report.Completed.Single().Result);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Create_ItemZeroThrowsWhileTimed_FailedReportInsteadOfAnException()
    {
        var workload = Workload.Create("broken from the start", Lines, _ => throw new FormatException("bad line"), usesCpu: true);

        var report = await Runners.ThreadPool().RunAsync(workload, Lines.Length);

        Assert.Equal(RunOutcome.Failed, report.Outcome);
        Assert.Equal("Item 0 (input 'one') failed when it was timed for the ideal, before the run: FormatException: bad line", report.Failure);
        Assert.Empty(report.Completed);
        Assert.Equal([0, 1, 2, 3], report.Unfinished);
    }

    [Fact]
    public async Task RunAsync_MoreItemsThanInputs_ThrowsNamingItems()
    {
        var workload = Workload.Create("count words", Lines, CountWords, usesCpu: true);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Runners.Serial().RunAsync(workload, Lines.Length + 1));

        Assert.Equal("items", error.ParamName);
        Assert.Contains("4 inputs", error.Message);
    }

    [Theory]
    [MemberData(nameof(ProcessRunners))]
    public async Task ProcessRunner_OwnFunction_ThrowsAtOnceNamingTheWorkerFilePath(string strategy)
    {
        var runner = ProcessRunner(strategy);
        var called = false;
        var workload = Workload.Create("count words", Lines, line =>
        {
            called = true;
            return CountWords(line);
        }, usesCpu: true);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => runner.RunAsync(workload, Lines.Length));

        Assert.Equal("workload", error.ParamName);
        Assert.Contains($"the {strategy} runner", error.Message);
        Assert.Contains("WorkerHost.Serve", error.Message);
        Assert.Contains("WorkerFile.Build", error.Message);
        Assert.False(called);
    }

    [Fact]
    public void Spec_OwnFunction_ThrowsNamingTheWorkerFilePath()
    {
        var workload = Workload.Create("square", item => $"{item * item}", usesCpu: true);

        var error = Assert.Throws<NotSupportedException>(() => workload.Spec);

        Assert.Contains("WorkerFile.Build", error.Message);
    }

    [Fact]
    public void FailingAt_OwnFunction_ThrowsNamingInner()
    {
        var own = Workload.Create("square", item => $"{item * item}", usesCpu: true);

        var error = Assert.Throws<ArgumentException>(() => Workload.FailingAt(1, TimeSpan.Zero, own));

        Assert.Equal("inner", error.ParamName);
        Assert.Contains("'square' is your own code", error.Message);
    }

    [Fact]
    public void Create_BadArguments_ThrowNamingThem()
    {
        Func<string, string> run = CountWords;

        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => Workload.Create(" ", item => "", usesCpu: true)).ParamName);
        Assert.Equal("run", Assert.Throws<ArgumentNullException>(() => Workload.Create("x", (Func<int, string>)null!, usesCpu: true)).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentNullException>(() => Workload.Create("x", null!, run, usesCpu: true)).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentException>(() => Workload.Create("x", [], run, usesCpu: true)).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentException>(() => Workload.Create("x", ["a", null!], run, usesCpu: true)).ParamName);
        Assert.Equal("itemTime", Assert.Throws<ArgumentOutOfRangeException>(() => Workload.Create("x", item => "", usesCpu: true, itemTime: TimeSpan.Zero)).ParamName);
    }
}
