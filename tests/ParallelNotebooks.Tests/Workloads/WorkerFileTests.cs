using System.Diagnostics;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Tests.Workloads;

/// <summary>A learner's worker file: built by the kit, started by the process runners, and each of its bad inputs.</summary>
public sealed class WorkerFileTests
{
    public static TheoryData<string> ProcessRunners => ["process per item", "process pool"];

    private static Runner ProcessRunner(string strategy) => strategy == "process pool" ? Runners.ProcessPool() : Runners.ProcessPerItem();

    [Fact]
    public void Build_LessonsWorker_NativeWhereTheKitsWorkerIsAndBuiltOnce()
    {
        var worker = TestWorkers.WordCount;
        var written = File.GetLastWriteTimeUtc(worker.Program);

        var again = WorkerFile.Build(TestWorkers.WordCountSource);

        Assert.Equal(WorkerLocator.NativeBuildsHere, worker.IsNative);
        Assert.Equal(worker.Program, again.Program);
        Assert.Equal(written, File.GetLastWriteTimeUtc(again.Program));
        Assert.StartsWith(Path.Combine(Repository.Notebooks, "your-worker", "bin", "WordCount") + Path.DirectorySeparatorChar, worker.Program);
    }

    [Fact]
    public void Build_FileMissing_ThrowsNamingIt()
    {
        var path = Path.Combine(TestWorkers.Folder, "NotThere.cs");

        var error = Assert.Throws<FileNotFoundException>(() => WorkerFile.Build(path));

        Assert.Equal(path, error.FileName);
        Assert.Contains("NotThere.cs", error.Message);
    }

    [Fact]
    public void Build_DoesNotCompile_ThrowsQuotingTheCompilersFirstErrors()
    {
        var path = TestWorkers.Write("Broken.cs", """
            WorkerHost.Serve(input => undefinedName + input);
            """);

        var error = Assert.Throws<InvalidOperationException>(() => WorkerFile.Build(path, nativeAot: false));

        Assert.StartsWith($"The worker file {path} does not compile. The compiler's first errors:\n  Broken.cs(", error.Message);
        Assert.Contains("error CS0103: The name 'undefinedName' does not exist in the current context", error.Message);
        Assert.DoesNotContain(".csproj]", error.Message);
    }

    [Theory]
    [MemberData(nameof(ProcessRunners))]
    public async Task RunAsync_FunctionThrows_FailedReportNamesTheItemAndItsInput(string strategy)
    {
        string[] inputs = ["one", "two", "three", "four"];
        var workload = TestWorkers.Echo.Workload("echo", inputs, usesCpu: false, itemTime: TimeSpan.FromMilliseconds(1));

        var report = await ProcessRunner(strategy).RunAsync(workload, inputs.Length);

        Assert.Equal(RunOutcome.Failed, report.Outcome);
        Assert.Contains("Item 2 was lost", report.Failure);
        Assert.Contains("item 2 (input 'three') threw InvalidOperationException: no threes", report.Failure);
        Assert.Contains(2, report.Unfinished);
        Assert.All(report.Completed, r => Assert.Equal($"<{r.Input}>", r.Result));
        AssertGone(report);
    }

    [Theory]
    [MemberData(nameof(ProcessRunners))]
    public async Task RunAsync_InputFileMissing_FailedReportNamesTheItemAndTheFile(string strategy)
    {
        var (folder, files) = TestWorkers.TextFiles("one two", "three four five");
        try
        {
            var missing = Path.Combine(folder.FullName, "missing.txt");
            var workload = TestWorkers.WordCount.Workload("count words", [.. files, missing], usesCpu: true, itemTime: TimeSpan.FromMilliseconds(1));

            var report = await ProcessRunner(strategy).RunAsync(workload, 3);

            Assert.Equal(RunOutcome.Failed, report.Outcome);
            Assert.Contains("Item 2 was lost", report.Failure);
            Assert.Contains($"item 2 (input '{missing}') threw FileNotFoundException: Could not find file '{missing}'", report.Failure);
            // Another item may still be running in its worker when item 2's failure stops the run.
            Assert.Contains(2, report.Unfinished);
            Assert.All(report.Completed, r => Assert.Equal(TestWorkers.CountWords(r.Input!), r.Result));
            AssertGone(report);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_ItemZeroFailsWhileTimed_FailedReportNamesItInsteadOfAnException()
    {
        var missing = Path.Combine(TestWorkers.Folder, "no-such-file.txt");
        var workload = TestWorkers.WordCount.Workload("count words", [missing], usesCpu: true);

        var report = await Runners.ProcessPool().RunAsync(workload, 1);

        Assert.Equal(RunOutcome.Failed, report.Outcome);
        Assert.StartsWith($"Item 0 (input '{missing}') failed when it was timed for the ideal, before the run: ", report.Failure);
        Assert.Contains("FileNotFoundException", report.Failure);
        Assert.Equal([0], report.Unfinished);
    }

    [Fact]
    public async Task RunAsync_NumberedItems_FunctionGetsEachNumberAsText()
    {
        var workload = TestWorkers.Echo.Workload("echo numbers", usesCpu: false);

        var report = await Runners.ProcessPool(new ProcessPoolOptions { Workers = 2 }).RunAsync(workload, 5);

        Assert.Equal(RunOutcome.Completed, report.Outcome);
        Assert.Equal(["<0>", "<1>", "<2>", "<3>", "<4>"], report.InItemOrder.Select(r => r.Result));
        Assert.All(report.Completed, r => Assert.Null(r.Input));
        Assert.True(report.ItemTime > TimeSpan.Zero, "timed in a worker of its own");
        AssertGone(report);
        var again = await Runners.ProcessPerItem().RunAsync(workload, 2);
        Assert.Equal(report.ItemTime, again.ItemTime);
    }

    [Fact]
    public async Task RunAsync_InputsWithLineBreaksAndSpaces_ReachTheWorkerWhole()
    {
        string[] inputs = ["two\nlines", "  spaced  out  ", "tab\there", "quote ' and \" and \\"];
        var workload = TestWorkers.Echo.Workload("echo", inputs, usesCpu: false, itemTime: TimeSpan.FromMilliseconds(1));

        var report = await Runners.ProcessPerItem().RunAsync(workload, inputs.Length);

        Assert.Equal(RunOutcome.Completed, report.Outcome);
        // One result is one line of the protocol, so a line break in a result comes back as a space.
        Assert.Equal(["<two lines>", "<  spaced  out  >", "<tab\there>", "<quote ' and \" and \\>"], report.InItemOrder.Select(r => r.Result));
        Assert.Equal(inputs, report.InItemOrder.Select(r => r.Input));
    }

    [Theory]
    [InlineData("serial")]
    [InlineData("tasks")]
    public async Task RunAsync_InProcessRunner_ThrowsAtOnceNamingWorkloadCreate(string strategy)
    {
        var runner = strategy == "tasks" ? Runners.Tasks() : Runners.Serial();
        var workload = TestWorkers.Echo.Workload("echo", ["a"], usesCpu: false);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => runner.RunAsync(workload, 1));

        Assert.Equal("workload", error.ParamName);
        Assert.Contains($"the {strategy} runner does not start worker processes", error.Message);
        Assert.Contains("Workload.Create", error.Message);
        Assert.Contains("Echo.cs", error.Message);
    }

    [Fact]
    public void Workload_BadArguments_ThrowNamingThem()
    {
        var worker = TestWorkers.Echo;

        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => worker.Workload("", usesCpu: true)).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentNullException>(() => worker.Workload("x", null!, usesCpu: true)).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentException>(() => worker.Workload("x", [], usesCpu: true)).ParamName);
        Assert.Equal("itemTime", Assert.Throws<ArgumentOutOfRangeException>(() => worker.Workload("x", usesCpu: true, itemTime: TimeSpan.FromSeconds(-1))).ParamName);
    }

    /// <summary>Every worker the run started is gone, whatever its name (a learner's worker is named after its file).</summary>
    private static void AssertGone(RunReport report)
    {
        Assert.NotEmpty(report.ProcessIds);
        foreach (var id in report.ProcessIds)
        {
            try
            {
                using var process = Process.GetProcessById(id);
                Assert.True(process.HasExited || !(process.ProcessName is "Echo" or "WordCount" or "dotnet"), $"Process {id} outlived the run.");
            }
            catch (ArgumentException)
            {
                // Gone.
            }
        }
    }
}
