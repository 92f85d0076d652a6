using System.Collections.Concurrent;
using System.Diagnostics;

namespace ParallelNotebooks.Running.Processes;

/// <summary>Finds the worker executable relative to this library, never by an absolute path baked in.</summary>
internal static class WorkerLocator
{
    private static readonly ConcurrentDictionary<string, bool> NativeWorkerIsCurrent = new();

    internal const string WorkerName = "ParallelNotebooks.Worker";

    // A native worker answers in milliseconds; this much allows for a machine under heavy load.
    private static readonly TimeSpan IdentityPatience = TimeSpan.FromSeconds(5);

    /// <exception cref="FileNotFoundException">No worker is at <paramref name="explicitPath"/>, or none beside the library.</exception>
    public static WorkerCommand Find(string? explicitPath) =>
        Find(explicitPath, Path.GetDirectoryName(LibraryFile())!);

    /// <summary>Finds the worker given explicitly, else in <paramref name="folder"/>, where the library lies.</summary>
    internal static WorkerCommand Find(string? explicitPath, string folder)
    {
        if (explicitPath is not null)
        {
            return File.Exists(explicitPath)
                ? CommandFor(Path.GetFullPath(explicitPath))
                : throw new FileNotFoundException($"The worker executable '{explicitPath}' is not there (ProcessOptions.WorkerPath).", explicitPath);
        }

        var native = Path.Combine(folder, "worker-aot", WorkerName + ExecutableSuffix);
        if (NativeWorkerIsCurrent.GetOrAdd(native, IsBuiltFromOurSources))
        {
            return new WorkerCommand(native, [], IsNative: true);
        }

        var managed = Path.Combine(folder, WorkerName + ".dll");
        return File.Exists(managed)
            ? CommandFor(managed)
            : throw new FileNotFoundException(
                $"The worker '{managed}' is not there. Build the kit first (see README.md); a project that uses the " +
                $"library needs a reference to lib/{WorkerName}.",
                managed);
    }

    // In a single-file app an assembly has no file of its own: the app is the library, so its folder serves.
#pragma warning disable IL3000
    private static string LibraryFile() =>
        typeof(WorkerLocator).Assembly.Location is { Length: > 0 } location
            ? location
            : Environment.ProcessPath ?? Path.Combine(AppContext.BaseDirectory, WorkerName);
#pragma warning restore IL3000

    /// <summary>The managed worker beside this library, run through the dotnet host, even where a native one exists.</summary>
    /// <exception cref="FileNotFoundException">It is not there.</exception>
    public static WorkerCommand FindManaged() =>
        Find(Path.Combine(Path.GetDirectoryName(LibraryFile())!, WorkerName + ".dll"));

    /// <summary>
    /// A native worker published before the library's sources last changed would run old workload code, so
    /// it is used only when it carries the same source hash as this library.
    /// </summary>
    private static bool IsBuiltFromOurSources(string native)
    {
        if (!File.Exists(native))
        {
            return false;
        }

        try
        {
            using var identity = Process.Start(new ProcessStartInfo(native, [WorkerProtocol.IdentityMode]) { RedirectStandardOutput = true })!;
            try
            {
                // Only the first line is the answer, and the wait covers the reading too: a program that keeps its
                // output open (not our worker, or a hung one) must not hang the run that asked.
                var answer = identity.StandardOutput.ReadLineAsync();
                return answer.Wait(IdentityPatience)
                    && identity.WaitForExit(IdentityPatience)
                    && answer.Result?.Trim() == SourceHash.Value;
            }
            finally
            {
                if (!identity.HasExited)
                {
                    identity.Kill(entireProcessTree: true);
                }
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // Present but not runnable here, for example built for another system.
        }
    }

    /// <summary>How to start the program at <paramref name="path"/>: a <c>.dll</c> through the dotnet host, anything else itself.</summary>
    internal static WorkerCommand CommandFor(string path, bool isNative = false) =>
        path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new WorkerCommand(DotnetHost.Path, [path], IsNative: false)
            : new WorkerCommand(path, [], isNative);

    /// <summary>
    /// Whether native AOT builds work here: the set-up publishes the kit's worker as native AOT where a C toolchain is
    /// present, and copies it beside this library; stale or not, it shows that the toolchain worked.
    /// </summary>
    internal static bool NativeBuildsHere => File.Exists(Path.Combine(Path.GetDirectoryName(LibraryFile())!, "worker-aot", WorkerName + ExecutableSuffix));

    private static string ExecutableSuffix => OperatingSystem.IsWindows() ? ".exe" : "";
}
