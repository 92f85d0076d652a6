
namespace ParallelNotebooks.Lessons;

/// <summary>The default pool and the learner's pool on the same mix of items (<see cref="PoolChoice"/>).</summary>
/// <param name="Default">The run of the default pool.</param>
/// <param name="Yours">The run of the learner's pool.</param>
/// <param name="MaxWorkers">The most workers the learner's pool may have.</param>
/// <param name="BigWait">The wait of a big item of the mix.</param>
public sealed record PoolRace(RunReport Default, RunReport Yours, int MaxWorkers, TimeSpan BigWait)
{
    /// <summary>The most work the default pool gave one worker (<see cref="PoolChoice.Busiest"/>).</summary>
    public TimeSpan DefaultBusiest => PoolChoice.Busiest(Default, BigWait);

    /// <summary>The most work the learner's pool gave one worker.</summary>
    public TimeSpan YoursBusiest => PoolChoice.Busiest(Yours, BigWait);

    /// <summary>
    /// Whether the learner's pool wins: both runs completed, it kept to <see cref="MaxWorkers"/>, and its busiest worker
    /// was given at least <see cref="PoolChoice.Margin"/> times less work than the default's.
    /// </summary>
    public bool YoursWins =>
        Default.Outcome == RunOutcome.Completed && Yours.Outcome == RunOutcome.Completed && Yours.Workers <= MaxWorkers
        && YoursBusiest > TimeSpan.Zero && DefaultBusiest / YoursBusiest >= PoolChoice.Margin;

    /// <inheritdoc />
    public override string ToString()
    {
        string Line(string who, RunReport run, TimeSpan busiest) =>
            $"{who}: {run.Workers} workers, chunks of {run.ChunkSize}: {run.Wall.TotalSeconds:0.000} s; its busiest worker was given {busiest.TotalSeconds:0.000} s of items";
        var verdict = Yours.Workers > MaxWorkers
            ? $"Yours has {Yours.Workers} workers; this machine allows {MaxWorkers}."
            : Yours.Outcome != RunOutcome.Completed || Default.Outcome != RunOutcome.Completed
                ? $"A run did not complete: {Yours.Failure ?? Default.Failure}"
                : YoursWins
                    ? $"The default's busiest worker had {DefaultBusiest / YoursBusiest:0.00}x the work of yours: yours wins."
                    : $"The default's busiest worker had {DefaultBusiest / YoursBusiest:0.00}x the work of yours; a win needs {PoolChoice.Margin}x.";
        return $"{Line("default", Default, DefaultBusiest)}\n{Line("yours  ", Yours, YoursBusiest)}\n{verdict}";
    }
}
