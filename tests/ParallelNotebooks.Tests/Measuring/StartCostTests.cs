namespace ParallelNotebooks.Tests.Measuring;

public sealed class StartCostTests
{
    [Fact]
    public void Thread_Task_WorkerProcess_AreMeasuredAsPositiveDurations()
    {
        Assert.True(StartCost.Thread(samples: 5) > TimeSpan.Zero);
        Assert.True(StartCost.Task(samples: 5) > TimeSpan.Zero);
        Assert.True(StartCost.WorkerProcess(samples: 2) > TimeSpan.Zero);
    }

    [Fact]
    public async Task Task_CalledFromAPoolThread_HandsEachTaskToAnotherThread()
    {
        // Waiting on a pool thread for a task not yet started runs it inline: no hand-off, about 0.1 µs, once zero.
        var (nanoseconds, ranInline) = await Task.Run(() => StartCost.TaskHandOff(samples: 5));

        Assert.Equal(0, ranInline);
        Assert.True(nanoseconds > 0);
    }

    [Fact]
    public async Task Task_CalledFromAPoolThread_IsNeverZero()
    {
        for (var i = 0; i < 20; i++)
        {
            Assert.True(await Task.Run(() => StartCost.Task(samples: 3)) > TimeSpan.Zero);
        }
    }

    [Fact]
    public void Task_NoSamples_ThrowsNamingThem()
    {
        Assert.Equal("samples", Assert.Throws<ArgumentOutOfRangeException>(() => StartCost.Task(samples: 0)).ParamName);
    }

    [Fact]
    public void WorkerProcess_WorkerNotThere_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => StartCost.WorkerProcess(new ProcessOptions { WorkerPath = "no/such/worker" }));
    }

    [Fact]
    public void Thread_NoSamples_ThrowsNamingThem()
    {
        Assert.Equal("samples", Assert.Throws<ArgumentOutOfRangeException>(() => StartCost.Thread(samples: 0)).ParamName);
    }

    [Theory]
    [InlineData(0.0005, "500.0 µs")]
    [InlineData(0.0123, "12.30 ms")]
    public void Describe_Duration_UsesMicrosecondsBelowAMillisecond(double seconds, string expected)
    {
        Assert.Equal(expected, StartCost.Describe(TimeSpan.FromSeconds(seconds)));
    }
}
