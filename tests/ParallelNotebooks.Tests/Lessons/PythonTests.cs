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
    public void Reference_PythonFigures_ArePresent()
    {
        Assert.Equal(20.00, Reference.Get("python-serial-10x2s").Figure);
        Assert.Throws<KeyNotFoundException>(() => Reference.Get("no-such-figure"));
    }
}
