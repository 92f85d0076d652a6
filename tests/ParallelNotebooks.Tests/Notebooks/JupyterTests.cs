using System.Diagnostics;

namespace ParallelNotebooks.Tests.Notebooks;

/// <summary>
/// The same .ipynb files run in Jupyter with the .NET kernel. Jupyter is not a prerequisite of the kit, so this
/// test reports itself skipped, visibly, on a machine without it (README: "Jupyter").
/// </summary>
[Collection(nameof(NotebookCollection))]
public sealed class JupyterTests
{
    [SkippableFact]
    public async Task Setup_ExecutedByJupyterNbconvert_ShowsAChart()
    {
        Skip.If(FindOnPath("jupyter") is null, "jupyter is not installed (see the README's Jupyter section).");
        Skip.IfNot(DotnetKernelInstalled(), "the .net-csharp kernel is not registered with Jupyter (dotnet tool run dotnet-interactive -- jupyter install).");
        var output = Directory.CreateTempSubdirectory("jupyter-").FullName;

        var start = new ProcessStartInfo("jupyter", ["nbconvert", "--to", "notebook", "--execute", "00-setup.ipynb", "--output-dir", output])
        {
            WorkingDirectory = Repository.Notebooks,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(limit.Token);

        Assert.True(process.ExitCode == 0, await errors);
        var executed = await File.ReadAllTextAsync(Path.Combine(output, "00-setup.ipynb"));
        Assert.Contains("Plotly.newPlot", executed);
        Directory.Delete(output, recursive: true);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static bool DotnetKernelInstalled() =>
        new[]
        {
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "jupyter", "kernels", ".net-csharp"),
            "/usr/local/share/jupyter/kernels/.net-csharp",
            "/usr/share/jupyter/kernels/.net-csharp",
        }.Any(Directory.Exists);
}
