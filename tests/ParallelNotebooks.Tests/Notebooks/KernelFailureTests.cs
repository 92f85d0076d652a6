using System.Diagnostics;
using ParallelNotebooks.Notebooks;

namespace ParallelNotebooks.Tests.Notebooks;

/// <summary>Kernels that die, played by small shell scripts that speak just enough of the kernel's protocol.</summary>
public sealed class KernelFailureTests : IDisposable
{
    private const string Ready = "echo '{\"eventType\":\"KernelReady\"}'";
    private readonly string _folder = Directory.CreateTempSubdirectory("kernel-failure-").FullName;

    [Fact]
    public async Task RunAsync_KernelDiesWhileACellRuns_FailsTheCellWithExitCodeAndStandardError()
    {
        var report = await RunAsync($"{Ready}; read -r line; echo 'fake kernel: dying on purpose' >&2; exit 3");

        Assert.False(report.Succeeded);
        Assert.StartsWith("The kernel exited with code 3 while the cell ran.", report.FailedCell!.Error);
        Assert.Contains("fake kernel: dying on purpose", report.FailedCell.Error);
    }

    [Fact]
    public async Task RunAsync_KernelGoneBeforeTheCellIsSent_FailsTheCellInsteadOfThrowingBrokenPipe()
    {
        // The kernel closes its input before it says it is ready, so writing the cell breaks the pipe.
        var report = await RunAsync($"exec 0<&-; {Ready}; echo 'fake kernel: gone' >&2; sleep 0.3; exit 4");

        Assert.False(report.Succeeded);
        Assert.StartsWith("The kernel exited with code 4 before the cell could be sent.", report.FailedCell!.Error);
        Assert.Contains("fake kernel: gone", report.FailedCell.Error);
        Assert.Contains("Sending the cell failed", report.FailedCell.Error);
    }

    [Fact]
    public async Task RunAsync_KernelExitsBeforeItIsReady_ThrowsWithExitCodeAndStandardError()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("echo 'fake kernel: no such tool' >&2; exit 5"));

        Assert.StartsWith("The kernel exited with code 5 before it was ready.", error.Message);
        Assert.Contains("fake kernel: no such tool", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<NotebookReport> RunAsync(string kernelScript)
    {
        var path = Path.Combine(_folder, "one-cell.ipynb");
        File.WriteAllText(path, """{ "cells": [ { "cell_type": "code", "source": "1 + 1", "metadata": {} } ], "metadata": {} }""");
        return NotebookRunner.RunAsync(
            Notebook.Load(path),
            new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(30), KernelStartTimeout = TimeSpan.FromSeconds(30) },
            progress: null,
            _ => new ProcessStartInfo("bash", ["-c", kernelScript]),
            CancellationToken.None);
    }
}
