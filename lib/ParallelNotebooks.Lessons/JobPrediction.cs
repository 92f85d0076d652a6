namespace ParallelNotebooks.Lessons;

/// <summary>A predicted time of an <see cref="AmdahlJob"/> beside the measured one, for one worker count.</summary>
/// <param name="Workers">The workers the job ran on.</param>
/// <param name="Predicted">The time predicted for them.</param>
/// <param name="Measured">The time measured.</param>
public sealed record JobPrediction(int Workers, TimeSpan Predicted, TimeSpan Measured)
{
    /// <summary>
    /// How far a prediction may be from the measurement, as a ratio either way, and still be close: 1.4. Amdahl's law
    /// from the shorter of two runs came within 1.29 of the job on a loaded 2-core machine (a slow baseline run shifts
    /// every prediction), while the usual wrong answer, the ideal, is off by 2 or more at 8 and 16 workers.
    /// </summary>
    public const double CloseRatio = 1.4;

    /// <summary>Whether the prediction is within <see cref="CloseRatio"/> of the measurement, either way.</summary>
    public bool Close =>
        Predicted > TimeSpan.Zero && Measured > TimeSpan.Zero
        && Measured / Predicted <= CloseRatio && Predicted / Measured <= CloseRatio;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Workers,3} workers: predicted {Predicted.TotalSeconds:0.000} s, measured {Measured.TotalSeconds:0.000} s: {(Close ? "close" : "off")}";
}
