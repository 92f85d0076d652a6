using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

/// <summary>"Python threads never help" is wrong for waiting items: the script's threads experiment measures it.</summary>
public sealed class PythonThreadsTests
{
    [SkippableFact]
    public void Run_ThreadsOnWaitingItems_WaitsOverlap()
    {
        Skip.IfNot(Python.IsAvailable, "python3 is not installed: the lessons use reference figures instead.");

        var run = Python.Run("threads", items: 4, wait: TimeSpan.FromMilliseconds(300));

        Assert.Equal(["0 zero", "1 odd", "2 even", "3 odd"], run.ItemLines.Order());
        // One after another the waits take 1.2 s; overlapped, one wait (0.3 s) plus the threads' start.
        Assert.InRange(run["seconds"], 0.29, 0.9);
    }
}
