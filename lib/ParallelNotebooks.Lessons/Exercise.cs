namespace ParallelNotebooks.Lessons;

/// <summary>
/// The check cell of an exercise. It prints one line, <c>[exercise ID] pass</c> or <c>[exercise ID] not yet: HINT</c>,
/// and never throws, so a notebook with unsolved exercises still runs to the end.
/// </summary>
public static class Exercise
{
    /// <summary>Checks an exercise and says whether it passes.</summary>
    /// <param name="id">The exercise's id, as in the comment that opens its cell.</param>
    /// <param name="passed">Whether the learner's answer is right.</param>
    /// <param name="hint">What to look at when it is not.</param>
    /// <returns>Whether it passed.</returns>
    public static bool Check(string id, bool passed, string hint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(hint);
        Console.WriteLine(passed ? $"[exercise {id}] pass" : $"[exercise {id}] not yet: {hint}");
        return passed;
    }
}
