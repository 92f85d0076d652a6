using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class PythonTests
{
    [Fact]
    public void Run_Serial_ReportsEachItemAndTheTime()
    {
        if (!Python.IsAvailable)
        {
            // Without python3, lessons must get a clear error, and fall back to the reference figures.
            Assert.Throws<InvalidOperationException>(() => Python.Run("serial", items: 3, wait: TimeSpan.Zero));
            return;
        }

        var run = Python.Run("serial", items: 3, wait: TimeSpan.FromMilliseconds(10));

        Assert.Equal(["0 zero", "1 odd", "2 even"], run.ItemLines);
        Assert.InRange(run["seconds"], 0.03, 10);
    }

    [Fact]
    public void Reference_PythonFigures_ArePresentWithSourceAndDate()
    {
        Assert.Equal(20.00, Reference.Get("python.serial.seconds").Figure);
        Assert.Throws<KeyNotFoundException>(() => Reference.Get("no-such-figure"));
        Assert.All(Reference.All.Values, f => Assert.NotEqual("", f.Source));
    }

    [Fact]
    public void Reference_TinyItems_IsTheRepeatedMeasurementNotTheOldTenAndAHalf()
    {
        Assert.InRange(Reference.Get("python.nosleep.pool_speedup").Figure, 65, 92);
    }

    [Fact]
    public void Load_LineWithoutADate_Throws()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["id,figure,unit,source,date", "a,1,s,somewhere,"]);

            Assert.Throws<FormatException>(() => Reference.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RunOrReference_EveryExperimentALessonAsksFor_HasAnAnswer()
    {
        // Measured here where python3 runs; where it does not, reference figures must exist for each experiment.
        foreach (var experiment in new[] { "serial", "process", "pool", "threads", "nosleep", "cpu", "cpusweep", "startcost" })
        {
            Assert.True(Python.IsAvailable || Reference.All.Keys.Any(k => k.StartsWith($"python.{experiment}.", StringComparison.Ordinal)), experiment);
        }
    }

    [Fact]
    public void Run_Threads_SleepingItemsOverlapDespiteTheGil()
    {
        if (!Python.IsAvailable)
        {
            Assert.Throws<InvalidOperationException>(() => Python.Run("threads", items: 2, wait: TimeSpan.Zero));
            return;
        }

        var run = Python.Run("threads", items: 10, wait: TimeSpan.FromMilliseconds(300));

        Assert.Equal(10, run.ItemLines.Count);
        // Serial would take 3 s; overlapped waits take about one wait. The margin covers a loaded 2-core machine.
        Assert.InRange(run["seconds"], 0.3, 1.5);
    }
}
