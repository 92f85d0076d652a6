namespace ParallelNotebooks.Lessons;

/// <summary>How a learner's prediction compares with what a run measured. <see cref="Prediction.Compare"/> picks it.</summary>
public enum PredictionOutcome
{
    /// <summary>No prediction was written (still NaN), or it was not a time (zero, negative, infinite).</summary>
    Missing,

    /// <summary>The prediction is within a quarter of the measurement, either way.</summary>
    Close,

    /// <summary>The run took far longer than predicted: the prediction left out a cost.</summary>
    FarUnder,

    /// <summary>The run took far less than predicted: the prediction counted a cost that overlapped or did not come.</summary>
    FarOver,
}
