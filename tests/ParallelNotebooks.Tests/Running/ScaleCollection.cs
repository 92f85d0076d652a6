namespace ParallelNotebooks.Tests.Running;

/// <summary>
/// Tests that compare timings of large runs with each other. Beside the rest of the suite, other tests' garbage
/// collections land on one run and not the other (a linear ratio of 20 read as 114), so these run alone.
/// </summary>
[CollectionDefinition(nameof(ScaleCollection), DisableParallelization = true)]
public sealed class ScaleCollection;
