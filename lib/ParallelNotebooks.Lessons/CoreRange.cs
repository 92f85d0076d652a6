namespace ParallelNotebooks.Lessons;

/// <summary>The core counts on which a claim holds: from <paramref name="From"/> to <paramref name="To"/>, or up from <paramref name="From"/>.</summary>
/// <param name="From">The fewest cores.</param>
/// <param name="To">The most cores, or <see langword="null"/> for no upper end.</param>
public sealed record CoreRange(int From, int? To = null)
{
    /// <summary>Whether <paramref name="cores"/> lies in the range.</summary>
    public bool Contains(int cores) => cores >= From && (To is not { } to || cores <= to);

    /// <inheritdoc />
    public override string ToString() => To is not { } to ? $"from {From} cores" : to == From ? $"on {From} cores" : $"on {From} to {to} cores";
}
