using System.Globalization;

namespace ParallelNotebooks.Running.Processes;

/// <summary>
/// What the cluster runner and the cluster's driver process say over the driver's pipes. The runner sends
/// <c>run, max attempts, items, workload spec</c> (tab-separated), and may send <c>cancel</c>; the driver answers with
/// one <see cref="WorkerProtocol"/> result line per finished item, <c>fail, message</c> when the run must stop, and
/// <c>done</c> when nothing of the run is left.
/// </summary>
internal static class ClusterProtocol
{
    public const string Cancel = "cancel";
    public const string Done = "done";
    private const string RunCommand = "run";
    private const string FailPrefix = "fail\t";

    public static string Run(int maxAttempts, int items, string spec) =>
        string.Create(CultureInfo.InvariantCulture, $"{RunCommand}\t{maxAttempts}\t{items}\t{spec}");

    public static bool TryParseRun(string line, out int maxAttempts, out int items, out string spec)
    {
        var parts = line.Split('\t', 4);
        (maxAttempts, items, spec) = (0, 0, "");
        return parts.Length == 4 && parts[0] == RunCommand
            && int.TryParse(parts[1], CultureInfo.InvariantCulture, out maxAttempts)
            && int.TryParse(parts[2], CultureInfo.InvariantCulture, out items)
            && (spec = parts[3]).Length > 0;
    }

    public static string Fail(string message) => FailPrefix + message.ReplaceLineEndings(" ");

    public static bool TryParseFail(string line, out string message)
    {
        message = line.StartsWith(FailPrefix, StringComparison.Ordinal) ? line[FailPrefix.Length..] : "";
        return message.Length > 0;
    }
}
