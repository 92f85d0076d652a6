namespace ParallelNotebooks.Tests.Running;

/// <summary>
/// Tests that raise or read the thread pool's minimum threads, which belongs to the whole test process: they run
/// alone, so one test's raise never shows up in another's reading.
/// </summary>
[CollectionDefinition(nameof(ThreadPoolMinimumCollection), DisableParallelization = true)]
public sealed class ThreadPoolMinimumCollection;
