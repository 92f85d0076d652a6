namespace ParallelNotebooks;

/// <summary>What <see cref="Samples.Compare"/> found between two figures.</summary>
public enum Difference
{
    /// <summary>The two lie within each other's spread, or too close to tell apart.</summary>
    None,

    /// <summary>The first is lower, beyond the spread of both.</summary>
    FirstLower,

    /// <summary>The first is higher, beyond the spread of both.</summary>
    FirstHigher,
}
