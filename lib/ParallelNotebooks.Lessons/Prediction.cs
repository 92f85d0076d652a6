namespace ParallelNotebooks.Lessons;

/// <summary>
/// The cell after a key run: it sets the learner's prediction beside the measurement and says what the gap means.
/// It prints one line starting <c>[prediction WHAT]</c> and never fails a lesson: an empty prediction is asked for.
/// </summary>
public static class Prediction
{
    /// <summary>How far a prediction may be from the measurement, as a ratio either way, and still be close: 1.25.</summary>
    public const double CloseRatio = 1.25;

    /// <summary>Compares a prediction with a measurement and prints what the gap means.</summary>
    /// <param name="what">What was predicted, e.g. "pool time".</param>
    /// <param name="predictedSeconds">The learner's prediction in seconds; <see cref="double.NaN"/> while not written.</param>
    /// <param name="measured">What the run measured.</param>
    /// <returns>The outcome.</returns>
    public static PredictionOutcome Compare(string what, double predictedSeconds, TimeSpan measured)
    {
        var (outcome, line) = Judge(what, predictedSeconds, measured);
        Console.WriteLine(line);
        return outcome;
    }

    /// <summary>The outcome and the line <see cref="Compare"/> prints.</summary>
    internal static (PredictionOutcome Outcome, string Line) Judge(string what, double predictedSeconds, TimeSpan measured)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(measured, TimeSpan.Zero);
        var head = $"[prediction {what}]";
        if (!double.IsFinite(predictedSeconds) || predictedSeconds <= 0)
        {
            // Not a failure: a prediction made after seeing the result teaches nothing, so ask before showing it.
            var why = double.IsNaN(predictedSeconds) ? "no prediction yet" : $"{predictedSeconds} s is not a time a run can take";
            return (PredictionOutcome.Missing, $"{head} {why}: write your prediction in the cell above and run both again.");
        }

        var seconds = measured.TotalSeconds;
        var ratio = seconds / predictedSeconds;
        var said = $"{head} you said {predictedSeconds:0.###} s, measured {seconds:0.###} s";
        if (ratio <= CloseRatio && ratio >= 1 / CloseRatio)
        {
            return (PredictionOutcome.Close, $"{said}: within {(CloseRatio - 1) * 100:0} %. Your account of where the time goes holds on this machine.");
        }

        return ratio > 1
            ? (PredictionOutcome.FarUnder, $"{said}: {ratio:0.#}x longer than you thought. The run paid a cost you left out: starting processes or threads, waiting for a free core or thread, or overhead on every item. Look for it in the run's output above.")
            : (PredictionOutcome.FarOver, $"{said}: {1 / ratio:0.#}x shorter than you thought. More of the work overlapped, or cost less, than you counted: how many items ran at the same time?");
    }
}
