namespace ParallelNotebooks;

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    /// <summary>Every item finished.</summary>
    Completed,

    /// <summary>An item threw or a worker process died; the run stopped there.</summary>
    Failed,

    /// <summary>The run went past its timeout and was stopped.</summary>
    TimedOut,

    /// <summary>The caller's cancellation token stopped the run.</summary>
    Canceled,
}
