namespace ParallelNotebooks.Lessons;

/// <summary>
/// What <see cref="Crossover.CheckAsync(TimeSpan, int, int)"/> found about a claimed crossover: the race well below it
/// and the race well above it, or why neither was run.
/// </summary>
public sealed record CrossoverCheck
{
    /// <summary>The item length the learner found.</summary>
    public required TimeSpan Found { get; init; }

    /// <summary>The race at <see cref="Found"/> divided by <see cref="Crossover.Margin"/>; <see langword="null"/> when not run.</summary>
    public Race? Below { get; init; }

    /// <summary>The race at <see cref="Found"/> times <see cref="Crossover.Margin"/>; <see langword="null"/> when not run.</summary>
    public Race? Above { get; init; }

    /// <summary>Why the races were not run, when they were not.</summary>
    public string? NotRun { get; init; }

    /// <summary>Whether the pool won below the length and one process per item won above it.</summary>
    public bool Holds => Below is { PerItemWins: false } && Above is { PerItemWins: true };

    /// <inheritdoc />
    public override string ToString() => NotRun
        ?? $"below your {Found.TotalMilliseconds:0.###} ms: {Below}\nabove it: {Above}\n"
        + (Holds ? "The pool wins below it and one process per item above it: that is this machine's crossover."
            : "The races do not change winner across your length: the crossover lies elsewhere.");
}
