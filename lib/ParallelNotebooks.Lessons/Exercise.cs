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

    /// <summary>Checks an exercise whose check may itself throw on an unfinished answer; a throw counts as not yet.</summary>
    public static bool Check(string id, Func<bool> passed, string hint)
    {
        ArgumentNullException.ThrowIfNull(passed);
        bool result;
        try
        {
            result = passed();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Check(id, false, $"{hint} (the check stopped with {e.GetType().Name}: {e.Message})");
        }

        return Check(id, result, hint);
    }
}
