namespace ParallelNotebooks.Silo;

/// <summary>
/// Whether this silo is to die when an item's attempt starts on it (see <see cref="ClusterProtocol.DieCommand"/>): the
/// fault runs kill a silo while it holds an item, which a kill from outside cannot time at any item length.
/// </summary>
internal static class Fate
{
    private static volatile int s_fromAttempt;

    /// <summary>Dies from this attempt on; 0 or less: never.</summary>
    public static void DieFrom(int attempt) => s_fromAttempt = attempt;

    public static bool DiesAt(int attempt) => s_fromAttempt > 0 && attempt >= s_fromAttempt;
}
