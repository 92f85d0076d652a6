namespace ParallelNotebooks.Running.Processes;

/// <summary>How to start a worker: the program, and the arguments that come before the worker's own.</summary>
/// <param name="FileName">The program to start.</param>
/// <param name="LeadingArguments">Arguments before the worker's own, such as the worker's <c>.dll</c> for the dotnet host.</param>
/// <param name="IsNative">Whether the worker is a native AOT build.</param>
internal sealed record WorkerCommand(string FileName, IReadOnlyList<string> LeadingArguments, bool IsNative);
