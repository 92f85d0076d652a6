namespace ParallelNotebooks.Tests;

/// <summary>Paths in the kit's repository, found from where the tests run.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "ParallelNotebooks.Tests", "Notebooks", "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tutorial.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Tutorial.sln above {AppContext.BaseDirectory}.");
    }
}
