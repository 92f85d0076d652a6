using System.Diagnostics;

namespace ParallelNotebooks.Tests.Notebooks;

/// <summary>
/// The same .ipynb files run in Jupyter with the .NET kernel. Jupyter is not a prerequisite of the kit, so this
/// test reports itself skipped, visibly, on a machine without it (README: "Jupyter"); CI installs it. The test
/// registers the pinned kernel in a folder of its own, so it neither needs nor touches the user's Jupyter set-up.
/// </summary>
[Collection(nameof(NotebookCollection))]
public sealed class JupyterTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [SkippableFact]
    public async Task Setup_ExecutedByJupyterNbconvert_ShowsAChart()
    {
        Skip.If(FindOnPath("jupyter") is null, "jupyter is not installed (see the README's Jupyter section).");
        var jupyterPath = Directory.CreateTempSubdirectory("jupyter-path-").FullName;
        var output = Directory.CreateTempSubdirectory("jupyter-out-").FullName;
        try
        {
            // Jupyter looks for kernel specs in <each JUPYTER_PATH entry>/kernels.
            var kernels = Directory.CreateDirectory(Path.Combine(jupyterPath, "kernels")).FullName;
            await RunAsync("dotnet", ["tool", "run", "dotnet-interactive", "--", "jupyter", "install", "--path", kernels], Repository.Root, jupyterPath);
            Assert.True(File.Exists(Path.Combine(kernels, ".net-csharp", "kernel.json")), "the pinned kernel did not register a .net-csharp kernel spec");

            await RunAsync("jupyter", ["nbconvert", "--to", "notebook", "--execute", "00-setup.ipynb", "--output-dir", output], Repository.Notebooks, jupyterPath);

            var executed = await File.ReadAllTextAsync(Path.Combine(output, "00-setup.ipynb"));
            Assert.Contains("Plotly.newPlot", executed);
        }
        finally
        {
            Directory.Delete(jupyterPath, recursive: true);
            Directory.Delete(output, recursive: true);
        }
    }

    private static async Task RunAsync(string program, string[] arguments, string workingDirectory, string jupyterPath)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["JUPYTER_PATH"] = jupyterPath;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} ran past {Limit}.");
        }
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await errors}{await output}");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
