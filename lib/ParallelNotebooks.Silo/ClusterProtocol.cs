using System.Globalization;

namespace ParallelNotebooks.Silo;

/// <summary>
/// What the cluster's parent (the <c>LocalCluster</c> in the notebook's process) and its silo and driver processes say
/// over their pipes, one tab-separated line each. Compiled into both sides (this file is linked into
/// ParallelNotebooks.Cluster), so the two never drift apart.
/// <list type="bullet">
/// <item>Parent to driver: <c>run, run id, max attempts, items, workload spec</c>; <c>cancel, run id</c>.</item>
/// <item>Parent to driver and silos: <c>dead, silo port</c> when the parent saw that silo's process exit.</item>
/// <item>Parent to a silo: <c>die, attempt</c>: end this process as soon as an item's attempt numbered at least this starts
/// here, as a failing machine would (0: never); the silo answers <c>doomed, attempt</c>.</item>
/// <item>Driver to parent, every line naming its run: <c>result, run id, item, start, end, silo process id, result</c>;
/// <c>lost, run id, item, sent, given up, silo port, reason</c> for an attempt that did not come back (the item is
/// sent again); <c>fail, run id, message</c> when the run must stop; <c>done, run id</c> when nothing of it is left.
/// Times are <see cref="System.Diagnostics.Stopwatch"/> ticks, one clock for every process of the machine.</item>
/// </list>
/// A silo or the driver prints <c>ready</c> once it is part of the cluster, and ends when its standard input closes.
/// </summary>
internal static class ClusterProtocol
{
    public const string Ready = "ready";
    public const string RunCommand = "run";
    public const string CancelCommand = "cancel";
    public const string DeadCommand = "dead";
    public const string DieCommand = "die";
    public const string DoomedLine = "doomed";
    public const string ResultLine = "result";
    public const string LostLine = "lost";
    public const string FailLine = "fail";
    public const string DoneLine = "done";

    public static string Line(string kind, params object[] fields) =>
        string.Join('\t', [kind, .. fields.Select(f => Convert.ToString(f, CultureInfo.InvariantCulture)!.ReplaceLineEndings(" ").Replace('\t', ' '))]);

    /// <summary>Splits a line into its kind and fields; the last field keeps whatever follows (a spec, a message).</summary>
    public static (string Kind, string[] Fields) Split(string line, int fields)
    {
        var parts = line.Split('\t', fields + 1);
        return (parts[0], parts[1..]);
    }

    public static bool TryInt(string text, out int value) => int.TryParse(text, CultureInfo.InvariantCulture, out value);

    public static bool TryLong(string text, out long value) => long.TryParse(text, CultureInfo.InvariantCulture, out value);
}
