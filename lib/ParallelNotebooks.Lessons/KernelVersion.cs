using System.Reflection;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// Notices a kernel other than the pinned one: VS Code's extension may start its own, newer or older, kernel
/// instead of the tool pinned in <c>.config/dotnet-tools.json</c>.
/// </summary>
internal static class KernelVersion
{
    /// <summary>The .NET Interactive version the kit is built and tested against.</summary>
    public static string Expected { get; } =
        typeof(KernelVersion).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "KernelPackagesVersion").Value!;

    /// <summary>A warning when the kernel running this code is not the expected one; null when it is, or when no kernel runs.</summary>
    public static string? Mismatch() => Mismatch(Running());

    internal static string? Mismatch(string? running) =>
        running is null || running == Expected
            ? null
            : $"  warning: this kernel is .NET Interactive {running}; the kit is tested with {Expected} (the tool pinned in " +
              ".config/dotnet-tools.json). If a cell or a chart misbehaves, run 'dotnet tool restore' and see the README's troubleshooting.";

    /// <summary>The version of the .NET Interactive kernel loaded in this process, without its commit.</summary>
    private static string? Running() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .FirstOrDefault(a => a.GetName().Name == "Microsoft.DotNet.Interactive")?
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];
}
