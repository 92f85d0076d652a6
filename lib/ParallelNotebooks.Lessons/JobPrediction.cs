namespace ParallelNotebooks.Lessons;

/// <summary>A predicted time of an <see cref="AmdahlJob"/> beside the measured one, for one worker count.</summary>
/// <param name="Workers">The workers the job ran on.</param>
/// <param name="Predicted">The time predicted for them.</param>
/// <param name="Measured">The time measured.</param>
public sealed record JobPrediction(int Workers, TimeSpan Predicted, TimeSpan Measured)
{
    /// <summary>Whether the prediction is within <see cref="Prediction.CloseRatio"/> of the measurement, either way.</summary>
    public bool Close =>
        Predicted > TimeSpan.Zero && Measured > TimeSpan.Zero
        && Measured / Predicted <= Prediction.CloseRatio && Predicted / Measured <= Prediction.CloseRatio;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Workers,3} workers: predicted {Predicted.TotalSeconds:0.000} s, measured {Measured.TotalSeconds:0.000} s: {(Close ? "close" : "off")}";
}
