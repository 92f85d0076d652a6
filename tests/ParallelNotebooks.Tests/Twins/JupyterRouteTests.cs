using System.Diagnostics;
using System.Text.Json.Nodes;
using ParallelNotebooks.Tests.Notebooks;

namespace ParallelNotebooks.Tests.Twins;

/// <summary>
/// The route through VS Code's Jupyter extension (README: "If the notebook extension breaks"): the pinned kernel,
/// registered from the repository, must offer the kernel spec the notebooks ask for, and the command in that spec must
/// start the pinned kernel from the notebooks' folder. Registering writes files only, so no Jupyter is needed here;
/// <see cref="JupyterTests"/> executes a notebook where Jupyter is installed.
/// </summary>
public sealed class JupyterRouteTests(JupyterRouteTests.Registered registered) : IClassFixture<JupyterRouteTests.Registered>
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static TheoryData<string> Lessons => [.. LessonFiles.Names];

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Registration_FromTheRepository_OffersTheKernelSpecTheNotebookNames(string notebook)
    {
        var wanted = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Notebooks, notebook)))!["metadata"]!["kernelspec"]!;

        var spec = Path.Combine(await registered.KernelsAsync(), wanted["name"]!.GetValue<string>(), "kernel.json");
        Assert.True(File.Exists(spec), $"registering the pinned kernel wrote no '{wanted["name"]}' kernel spec, which {notebook} names");
        var offered = JsonNode.Parse(await File.ReadAllTextAsync(spec))!;
        Assert.Equal(wanted["display_name"]!.GetValue<string>(), offered["display_name"]!.GetValue<string>());
        Assert.Equal(wanted["language"]!.GetValue<string>(), offered["language"]!.GetValue<string>());
    }

    [Fact]
    public async Task KernelSpecCommand_FromTheNotebooksFolder_StartsThePinnedKernel()
    {
        var argv = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(await registered.KernelsAsync(), ".net-csharp", "kernel.json")))!["argv"]!.AsArray()
            .Select(a => a!.GetValue<string>()).ToList();
        var pinned = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, ".config", "dotnet-tools.json")))!
            ["tools"]!["microsoft.dotnet-interactive"]!["version"]!.GetValue<string>();

        // Jupyter starts the kernel in the notebook's folder, where the repository's tool manifest resolves 'dotnet interactive'.
        Assert.Equal(["dotnet", "interactive", "jupyter"], argv.Take(3));
        var version = await RunAsync(Repository.Notebooks, argv[1], "--version");

        Assert.StartsWith(pinned + "+", version.Trim());
    }

    private static async Task<string> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} ran past {Limit}.");
        }

        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {process.ExitCode}: {await errors}{await output}");
        return await output;
    }

    /// <summary>The pinned kernel registered once, from the repository, into a folder of the tests' own.</summary>
    public sealed class Registered : IDisposable
    {
        private readonly string _kernels = Directory.CreateTempSubdirectory("kernels-").FullName;
        private readonly Lazy<Task> _registration;

        public Registered() =>
            _registration = new(() => RunAsync(Repository.Root, "tool", "run", "dotnet-interactive", "--", "jupyter", "install", "--path", _kernels));

        public async Task<string> KernelsAsync()
        {
            await _registration.Value;
            return _kernels;
        }

        public void Dispose() => Directory.Delete(_kernels, recursive: true);
    }
}
