namespace ParallelNotebooks.Lessons;

/// <summary>What our measurements say of one of the article's claims. A <see cref="Judges"/> method picks it.</summary>
public enum Verdict
{
    /// <summary>Our measurement agrees with the article.</summary>
    Holds,

    /// <summary>The idea holds, but C# reaches it another way or with other numbers (no GIL, other defaults).</summary>
    HoldsDifferentlyInCSharp,

    /// <summary>Our measurement contradicts the article.</summary>
    DoesNotHold,

    /// <summary>The claim rests on a difference that our repeated runs could not tell from their spread.</summary>
    NoDifference,

    /// <summary>The claim holds on some core counts and not others; <see cref="Judgement.Cores"/> says which.</summary>
    DependsOnCores,

    /// <summary>This machine cannot test the claim (a job we cannot rerun, a tool that is missing, too few cores).</summary>
    NotTestableHere,
}
