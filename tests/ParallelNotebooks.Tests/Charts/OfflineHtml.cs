using System.Text.RegularExpressions;

namespace ParallelNotebooks.Tests.Charts;

/// <summary>The one check that a page or a chart output loads no script from the network.</summary>
internal static partial class OfflineHtml
{
    public static void AssertNoRemoteScript(string html) => Assert.DoesNotMatch(RemoteScript(), html);

    [GeneratedRegex("""<script[^>]+src\s*=\s*["']?(https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteScript();
}
