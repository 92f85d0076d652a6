namespace ParallelNotebooks.Running;

/// <summary>
/// Thrown inside a run when an item throws or a worker process dies. Runners catch it and report the
/// run as <see cref="Reports.RunOutcome.Failed"/>, so callers see it only through the report.
/// </summary>
public sealed class WorkerFailedException(string message) : Exception(message);
