using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Tests.Running;

/// <summary>The stand-in native workers are shell scripts, so these tests need a Unix-like system.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class WorkerLocatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("worker-locator-").FullName;

    [Fact]
    public void Find_NativeWorkerFromOtherSources_FallsBackToManagedWorker()
    {
        WriteNativeWorker(answer: "0123");
        File.WriteAllText(Path.Combine(_folder, "ParallelNotebooks.Worker.dll"), "");

        var command = WorkerLocator.Find(null, _folder);

        Assert.False(command.IsNative);
        Assert.Equal([Path.Combine(_folder, "ParallelNotebooks.Worker.dll")], command.LeadingArguments);
    }

    [Fact]
    public void Find_NativeWorkerFromOurSources_IsPreferred()
    {
        var native = WriteNativeWorker(answer: SourceHash.Value);
        File.WriteAllText(Path.Combine(_folder, "ParallelNotebooks.Worker.dll"), "");

        var command = WorkerLocator.Find(null, _folder);

        Assert.True(command.IsNative);
        Assert.Equal(native, command.FileName);
    }

    [Fact]
    public void Find_NativeWorkerThatKeepsItsOutputOpen_GivesUpWithinItsPatience()
    {
        // Answers rightly, then holds standard output open: reading to the end would wait for the sleep.
        WriteNativeWorker(answer: SourceHash.Value + "; exec sleep 60");
        File.WriteAllText(Path.Combine(_folder, "ParallelNotebooks.Worker.dll"), "");
        var start = System.Diagnostics.Stopwatch.GetTimestamp();

        var command = WorkerLocator.Find(null, _folder);

        Assert.False(command.IsNative);
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(start) < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Find_NoWorkerInFolder_ThrowsSayingWhatToBuild()
    {
        var error = Assert.Throws<FileNotFoundException>(() => WorkerLocator.Find(null, _folder));

        Assert.Contains("README", error.Message);
        Assert.Equal(Path.Combine(_folder, "ParallelNotebooks.Worker.dll"), error.FileName);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A stand-in native worker: a shell script that answers the identity question.</summary>
    private string WriteNativeWorker(string answer)
    {
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, "worker-aot")).FullName, "ParallelNotebooks.Worker");
        File.WriteAllText(path, $"#!/bin/sh\necho {answer}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
