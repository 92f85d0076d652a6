using System.Collections.Concurrent;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// The check cell of an exercise. It prints one line, <c>[exercise ID] pass</c> or <c>[exercise ID] not yet: HINT</c>,
/// and never throws, so a notebook with unsolved exercises still runs to the end.
/// </summary>
/// <remarks>
/// Hints are graded so that a learner thinks before being told: the first "not yet" for an exercise says where to
/// look, the second gives a nudge, the third and every later one gives the answer. The count lives for the process,
/// which in a notebook is the kernel: it survives between cells and restarts with the kernel.
/// </remarks>
public static class Exercise
{
    private static readonly ConcurrentDictionary<string, int> Misses = new(StringComparer.Ordinal);

    /// <summary>Checks an exercise, says whether it passes and, when it does not, gives the next hint.</summary>
    /// <param name="id">The exercise's id, as in the comment that opens its cell.</param>
    /// <param name="passed">Whether the learner's answer is right.</param>
    /// <param name="look">The first hint: where to look. It must not give the answer away.</param>
    /// <param name="nudge">The second hint: a step towards the answer.</param>
    /// <param name="answer">The third hint, and every later one: the answer.</param>
    /// <returns>Whether it passed.</returns>
    public static bool Check(string id, bool passed, string look, string nudge, string answer)
    {
        Console.WriteLine(Line(id, passed, look, nudge, answer));
        return passed;
    }

    /// <summary>The line <see cref="Check"/> prints; a pass leaves the hint count where it was.</summary>
    internal static string Line(string id, bool passed, string look, string nudge, string answer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(look);
        ArgumentException.ThrowIfNullOrWhiteSpace(nudge);
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        if (passed)
        {
            return $"[exercise {id}] pass";
        }

        var miss = Misses.AddOrUpdate(id, 1, (_, count) => count + 1);
        return miss switch
        {
            1 => $"[exercise {id}] not yet: {look} (hint 1 of 3: run the check again for a nudge)",
            2 => $"[exercise {id}] not yet: {nudge} (hint 2 of 3: run the check again for the answer)",
            _ => $"[exercise {id}] not yet: {answer} (the answer)",
        };
    }
}
