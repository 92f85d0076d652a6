namespace ParallelNotebooks.Running.Processes;

/// <summary>Finds the worker executable relative to this library, never by an absolute path baked in.</summary>
internal static class WorkerLocator
{
    internal const string WorkerName = "ParallelNotebooks.Worker";

    /// <exception cref="FileNotFoundException">No worker is at <paramref name="explicitPath"/>, or none beside the library.</exception>
    public static WorkerCommand Find(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return File.Exists(explicitPath)
                ? CommandFor(Path.GetFullPath(explicitPath))
                : throw new FileNotFoundException($"The worker executable '{explicitPath}' is not there (ProcessOptions.WorkerPath).", explicitPath);
        }

        var libraryFile = LibraryFile();
        var folder = Path.GetDirectoryName(libraryFile)!;
        var native = Path.Combine(folder, "worker-aot", WorkerName + ExecutableSuffix);

        // A native worker published before the library last changed would run old workload code.
        if (File.Exists(native) && File.GetLastWriteTimeUtc(native) >= File.GetLastWriteTimeUtc(libraryFile))
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

    private static WorkerCommand CommandFor(string path) =>
        path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new WorkerCommand(DotnetHost(), [path], IsNative: false)
            : new WorkerCommand(path, [], IsNative: false);

    private static string ExecutableSuffix => OperatingSystem.IsWindows() ? ".exe" : "";

    /// <summary>The dotnet host running us (tests, the notebook kernel), or the one on the PATH.</summary>
    private static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
