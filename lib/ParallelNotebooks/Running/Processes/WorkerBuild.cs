using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ParallelNotebooks.Running.Processes;

/// <summary>
/// Builds a learner's worker file with the .NET SDK (<c>dotnet publish</c> for native AOT, <c>dotnet build</c>
/// otherwise) into <c>bin/NAME/HASH/</c> beside it, where HASH covers the file, the kit's library and the kind of build,
/// so an unchanged file is built once. The SDK's intermediate files and the kit's projects it builds go to
/// <c>bin/.build/</c>, shared by the worker files of a folder (the kit's projects are compiled once for all of them), never
/// into <c>lib/</c>, so a worker build cannot disturb the kit's own build.
/// </summary>
internal static partial class WorkerBuild
{
    // A native AOT build of a small file took about 35 s on a loaded 2-core machine; this is for a far slower one.
    private static readonly TimeSpan BuildPatience = TimeSpan.FromMinutes(10);

    // Enough of the compiler's errors to act on; the first is usually the cause of the rest.
    private const int QuotedErrors = 5;

    // Lines of the SDK's output quoted when a build fails with no compiler error (a restore that failed, say).
    private const int QuotedTail = 12;

    private const string Stamp = ".built";

    /// <summary>Where the builds and the inputs of the worker file at <paramref name="source"/> are kept.</summary>
    public static string FolderOf(string source) =>
        Path.Combine(Path.GetDirectoryName(source)!, "bin", Path.GetFileNameWithoutExtension(source));

    /// <summary>Returns the program built from <paramref name="source"/>, building it first unless a current build is there.</summary>
    /// <exception cref="InvalidOperationException">The build failed; the message says why.</exception>
    public static string BuildOrFind(string source, bool native)
    {
        var folder = FolderOf(source);
        var hash = Hash(source, native);
        var output = Path.Combine(folder, hash);
        var name = Path.GetFileNameWithoutExtension(source);
        var program = Path.Combine(output, native ? name + (OperatingSystem.IsWindows() ? ".exe" : "") : name + ".dll");
        if (IsBuilt(output, program))
        {
            return program;
        }

        Directory.CreateDirectory(folder);
        // One build at a time per folder, across processes too: a notebook and its twin may build the same file at once,
        // and the worker files of a folder share the kit's compiled projects.
        var shared = Path.GetDirectoryName(folder)!;
        using var hold = Lock(shared);
        if (IsBuilt(output, program))
        {
            return program;
        }

        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        string[] arguments = native
            ? ["publish", source, "-c", "Release", "-o", output]
            : ["build", source, "-c", "Release", "-o", output, "-p:PublishAot=false"];
        var (exitCode, text) = Dotnet([.. arguments, "--artifacts-path", Path.Combine(shared, ".build"),
            // A learner's warning is theirs to read, not a failed build; and no build server outlives the build.
            "-p:TreatWarningsAsErrors=false", "--disable-build-servers", "-nologo"]);
        if (exitCode != 0 || !File.Exists(program))
        {
            throw new InvalidOperationException(Failure(source, exitCode, text));
        }

        File.WriteAllText(Path.Combine(output, Stamp), hash);
        RemoveOtherBuilds(folder, hash);
        return program;
    }

    private static bool IsBuilt(string output, string program) => File.Exists(Path.Combine(output, Stamp)) && File.Exists(program);

    private static string Hash(string source, bool native)
    {
        var text = Encoding.UTF8.GetBytes($"{SourceHash.Value}\n{(native ? "native" : "managed")}\n");
        var hash = SHA256.HashData([.. text, .. File.ReadAllBytes(source)]);
        return Convert.ToHexStringLower(hash)[..16];
    }

    private static FileStream Lock(string folder)
    {
        var path = Path.Combine(folder, ".lock");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < BuildPatience)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private static (int ExitCode, string Output) Dotnet(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(DotnetHost.Path, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(BuildPatience))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"The build ran past {BuildPatience.TotalMinutes:0} minutes and was stopped.\n{output.Result}{errors.Result}");
        }

        return (process.ExitCode, output.Result + errors.Result);
    }

    private static string Failure(string source, int exitCode, string output)
    {
        var errors = CompilerError().Matches(output)
            .Select(m => $"{Path.GetFileName(m.Groups["file"].Value)}{m.Groups["where"].Value}: error {m.Groups["code"].Value}: {m.Groups["message"].Value.Trim()}")
            .Distinct()
            .ToList();
        if (errors.Count > 0)
        {
            var more = errors.Count > QuotedErrors ? $"\n  ... and {errors.Count - QuotedErrors} more" : "";
            return $"The worker file {source} does not compile. The compiler's first errors:\n  " +
                string.Join("\n  ", errors.Take(QuotedErrors)) + more;
        }

        var tail = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(QuotedTail);
        return $"Building the worker file {source} failed (dotnet exited with {exitCode}):\n  " + string.Join("\n  ", tail);
    }

    /// <summary>Earlier builds of the file, which an edit made stale; one still running a worker is left for next time.</summary>
    private static void RemoveOtherBuilds(string folder, string hash)
    {
        foreach (var stale in Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, Stamp)) && Path.GetFileName(d) != hash))
        {
            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // In use or locked (Windows keeps a running program's file): harmless, and removed after a later build.
            }
        }
    }

    /// <summary>An MSBuild error line: <c>PATH(LINE,COLUMN): error CODE: MESSAGE [PROJECT]</c>.</summary>
    [GeneratedRegex(@"^\s*(?<file>[^\r\n(]+?)(?<where>\(\d+,\d+\)): error (?<code>[A-Z]+\d+): (?<message>[^\r\n]*?)(?: \[[^\]\r\n]+\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex CompilerError();
}
