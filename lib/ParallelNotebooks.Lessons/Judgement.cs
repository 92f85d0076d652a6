using System.Globalization;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// A judge's answer to one claim: the verdict, the figure it rests on, and one sentence on why. Made only by
/// <see cref="Judges"/>, from measurements; <see cref="Claims.Record(Judgement)"/> prints and records it.
/// </summary>
public sealed record Judgement
{
    internal Judgement(string claimId, Verdict verdict, string note)
    {
        ClaimId = claimId;
        Verdict = verdict;
        Note = note;
    }

    /// <summary>The claim's id in <c>data/article-claims.csv</c>.</summary>
    public string ClaimId { get; }

    /// <summary>The verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>One sentence on why, with the figures it compared.</summary>
    public string Note { get; }

    /// <summary>Our figure in the claim's unit; <see langword="null"/> when nothing here measures the claim.</summary>
    public Samples? Measured { get; init; }

    /// <summary>For <see cref="Verdict.DependsOnCores"/>: the core counts on which the claim holds.</summary>
    public CoreRange? Cores { get; init; }

    /// <summary>The verdict as the ledger words it, such as <c>depends on the core count: holds on 5 to 9 cores</c>.</summary>
    public string Describe() => Describe(Verdict, Cores);

    /// <summary>A verdict as the ledger words it.</summary>
    public static string Describe(Verdict verdict, CoreRange? cores = null) => verdict switch
    {
        Verdict.Holds => "holds",
        Verdict.HoldsDifferentlyInCSharp => "holds differently in C#",
        Verdict.DoesNotHold => "does not hold",
        Verdict.NoDifference => "no difference (within the spread)",
        Verdict.DependsOnCores => $"depends on the core count: holds {cores}",
        _ => "not testable here",
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"{ClaimId}: {Describe()}{(Measured is { } m ? $" (measured {m.Describe(Format(m.Median))})" : "")}. {Note}";

    internal static string Format(double value) => Math.Abs(value) >= 100 ? "0" : "0.###";

    internal static string Text(double value) => value.ToString(Format(value), CultureInfo.InvariantCulture);
}
