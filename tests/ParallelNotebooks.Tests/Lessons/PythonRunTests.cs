using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class PythonRunTests
{
    [Fact]
    public void Label_MeasuredHereOrReference_SaysWhich()
    {
        var run = new PythonRun("serial", [], new Dictionary<string, double> { ["seconds"] = 20 });

        Assert.Equal("Python here", run.Label);
        Assert.Equal("Python (reference)", (run with { MeasuredHere = false }).Label);
    }

    [Fact]
    public void ThreadSpeedups_SweepFigures_ByThreadCountIgnoringOtherFigures()
    {
        var run = new PythonRun("cpusweep", [], new Dictionary<string, double>
        {
            ["threads_10_speedup"] = 0.8,
            ["threads_2_cores"] = 1.0,
            ["threads_4_speedup"] = 0.85,
            ["threads_speedup"] = 0.9,
            ["threads_x_speedup"] = 3,
            ["threads_-1_speedup"] = 3,
            ["threads_1_speedup"] = 1.1,
        });

        Assert.Equal([(1, 1.1), (4, 0.85), (10, 0.8)], run.ThreadSpeedups);
    }

    [Fact]
    public void ThreadSpeedups_OtherExperiment_IsEmpty() =>
        Assert.Empty(new PythonRun("serial", [], new Dictionary<string, double> { ["seconds"] = 20 }).ThreadSpeedups);
}
