namespace ParallelNotebooks.Lessons;

/// <summary>What our measurements say of one of the article's claims.</summary>
public enum Verdict
{
    /// <summary>Our measurement agrees with the article.</summary>
    Holds,

    /// <summary>The idea holds, but C# reaches it another way or with other numbers (no GIL, other defaults).</summary>
    HoldsDifferentlyInCSharp,

    /// <summary>Our measurement contradicts the article.</summary>
    DoesNotHold,
}
