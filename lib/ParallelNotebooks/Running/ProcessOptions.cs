namespace ParallelNotebooks;

/// <summary>Options of the runners that start child processes.</summary>
public class ProcessOptions : RunnerOptions
{
    /// <summary>
    /// The worker executable to start: a native program, or a <c>.dll</c> run through the <c>dotnet</c> host.
    /// Default: <see langword="null"/>, which finds the worker beside this library, preferring the native AOT
    /// build when it was published from the same sources as the library.
    /// </summary>
    public string? WorkerPath { get; init; }
}
