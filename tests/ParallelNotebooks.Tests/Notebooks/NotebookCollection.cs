namespace ParallelNotebooks.Tests.Notebooks;

/// <summary>
/// Notebook runs measure the machine, so they run one at a time and not beside the other tests' runs.
/// </summary>
[CollectionDefinition(nameof(NotebookCollection), DisableParallelization = true)]
public sealed class NotebookCollection;
