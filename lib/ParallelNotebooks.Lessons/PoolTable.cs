using System.Globalization;
using System.Text;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// The derivation of a pool's time as a table a lesson prints: for 1 to 16 workers, <c>Pool.map</c>'s chunk size,
/// the rounds and the predicted time, with the rows that match the article's time and this machine's pool marked.
/// </summary>
public static class PoolTable
{
    /// <summary>The most workers the table shows.</summary>
    public const int MaxWorkers = 16;

    /// <summary>The table as text, one row per pool size.</summary>
    /// <param name="items">The items of the run.</param>
    /// <param name="itemTime">One item's time.</param>
    /// <param name="articleSeconds">The article's measured time, scaled like the lesson's waits.</param>
    /// <param name="workersHere">The workers of this machine's default pool.</param>
    public static string Build(int items, TimeSpan itemTime, double articleSeconds, int workersHere)
    {
        var table = PoolMap.Table(items, itemTime, MaxWorkers);
        var matching = PoolMap.Matching(table, TimeSpan.FromSeconds(articleSeconds)).Select(r => r.Workers).ToHashSet();
        var text = new StringBuilder().AppendLine("workers  chunk size  chunks  rounds  predicted");
        foreach (var row in table)
        {
            var marks = new List<string>();
            if (matching.Contains(row.Workers))
            {
                marks.Add(string.Create(CultureInfo.InvariantCulture, $"<- fits the article's {articleSeconds:0.###} s"));
            }

            if (row.Workers == workersHere)
            {
                marks.Add("<- this machine's Pool()");
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"{row.Workers,7}  {row.ChunkSize,10}  {row.Chunks,6}  {row.Rounds,6}  {row.Predicted.TotalSeconds,7:0.000} s  {string.Join("  ", marks)}");
            text.AppendLine(line.TrimEnd());
        }

        return text.ToString();
    }
}
