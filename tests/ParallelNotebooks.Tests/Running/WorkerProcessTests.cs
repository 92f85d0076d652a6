using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Tests.Running;

public sealed class WorkerProcessTests
{
    [Fact]
    public async Task DisposeAllAsync_OneWorkerThrows_StillDisposesEveryOther()
    {
        var workers = new[] { new FakeWorker(throws: true), new FakeWorker(throws: false), new FakeWorker(throws: true), new FakeWorker(throws: false) };

        await WorkerProcess.DisposeAllAsync(workers);

        Assert.All(workers, w => Assert.True(w.Disposed));
    }

    private sealed class FakeWorker(bool throws) : IAsyncDisposable
    {
        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return throws ? throw new System.ComponentModel.Win32Exception("kill refused") : ValueTask.CompletedTask;
        }
    }
}
