namespace ParallelNotebooks.Lessons;

/// <summary>The kit's own folders, found from the library's build output inside a clone of the kit.</summary>
internal static class KitFiles
{
    // A lesson's twin (a file-based app) runs a copy of the library built outside the clone: then the twin's own folder leads to it.
    private static readonly Lazy<string?> RootFolder = new(() =>
        Above(Path.GetDirectoryName(typeof(KitFiles).Assembly.Location)!)
        ?? (AppContext.GetData("EntryPointFileDirectoryPath") is string twinFolder ? Above(twinFolder) : null));

    private static string? Above(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tutorial.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The repository, or <see langword="null"/> when the library runs from outside a clone.</summary>
    public static string? Root => RootFolder.Value;

    /// <summary>A file under <c>data/</c>.</summary>
    /// <exception cref="InvalidOperationException">The library does not run from a clone of the kit.</exception>
    public static string Data(params string[] parts) =>
        Path.Combine([Root ?? throw new InvalidOperationException("The library does not run from a clone of the kit, so data/ cannot be found."), "data", .. parts]);
}
