using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// Catches the two ways a learner can silently run old library code: sources in <c>lib/</c> edited after the last
/// build, and a build made after the kernel loaded the library (a kernel never reloads an assembly).
/// </summary>
internal static class LibraryBuild
{
    private const string Advice = "Run 'dotnet build Tutorial.sln' in the repository, then restart the kernel (Restart in VS Code's notebook toolbar) and run the notebook again.";

    public static void ThrowIfStale()
    {
        var folder = Path.GetDirectoryName(typeof(LibraryBuild).Assembly.Location)!;
        foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies().Where(IsOurs))
        {
            var onDisk = Path.Combine(folder, loaded.GetName().Name + ".dll");
            if (File.Exists(onDisk) && ModuleVersionId(onDisk) != loaded.ManifestModule.ModuleVersionId)
            {
                throw new InvalidOperationException($"{Path.GetFileName(onDisk)} was rebuilt after this kernel loaded it, so the kernel still runs the old one. {Advice}");
            }
        }

        var builtLibraries = Directory.GetFiles(folder, "ParallelNotebooks*.dll");
        if (KitFiles.Root is { } repository && NewestSource(repository, builtLibraries) is { } source)
        {
            if (File.GetLastWriteTimeUtc(source) > builtLibraries.Max(File.GetLastWriteTimeUtc))
            {
                throw new InvalidOperationException($"{Path.GetRelativePath(repository, source)} changed after the library was built, so the notebook would run old code. {Advice}");
            }
        }
    }

    private static bool IsOurs(Assembly assembly) =>
        !assembly.IsDynamic && assembly.GetName().Name?.StartsWith("ParallelNotebooks", StringComparison.Ordinal) == true;

    private static Guid ModuleVersionId(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    /// <summary>The newest source file of the projects whose libraries lie beside this one (lib/NAME for NAME.dll).</summary>
    private static string? NewestSource(string repository, IEnumerable<string> libraries) =>
        libraries
            .Select(dll => Path.Combine(repository, "lib", Path.GetFileNameWithoutExtension(dll)))
            .Where(Directory.Exists)
            .SelectMany(project => Directory.EnumerateFiles(project, "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .MaxBy(File.GetLastWriteTimeUtc);
}
