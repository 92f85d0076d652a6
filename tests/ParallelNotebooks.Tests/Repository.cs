using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests;

/// <summary>Paths in the kit's repository, found as the lessons find them (<see cref="KitFiles"/>).</summary>
internal static class Repository
{
    public static string Root { get; } = KitFiles.Root ?? throw new InvalidOperationException($"No Tutorial.sln above {AppContext.BaseDirectory}.");

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "ParallelNotebooks.Tests", "Notebooks", "Fixtures", name);
}
