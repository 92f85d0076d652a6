using System.Reflection;

namespace ParallelNotebooks;

/// <summary>The hash of the sources this library was built from, stamped in by its project file.</summary>
internal static class SourceHash
{
    public static string Value { get; } =
        typeof(SourceHash).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SourceHash").Value!;
}
