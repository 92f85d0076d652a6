namespace ParallelNotebooks.Lessons;

/// <summary>
/// Counts the calls in flight and the most that were in flight at the same moment, from any number of threads at once:
/// how the exercises' watched items and slow service tell a loop that overlaps its calls from one that does not.
/// </summary>
internal sealed class InFlight
{
    private int _now;
    private int _most;

    /// <summary>The most calls that were in flight at the same moment.</summary>
    public int Most => Volatile.Read(ref _most);

    /// <summary>Notes a call that starts; pair it with <see cref="Leave"/> in a <c>finally</c>.</summary>
    public void Enter()
    {
        var now = Interlocked.Increment(ref _now);
        for (var most = Volatile.Read(ref _most); now > most; most = Volatile.Read(ref _most))
        {
            if (Interlocked.CompareExchange(ref _most, now, most) == most)
            {
                return;
            }
        }
    }

    /// <summary>Notes a call that ended.</summary>
    public void Leave() => Interlocked.Decrement(ref _now);
}
