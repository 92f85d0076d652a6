using ParallelNotebooks.Notebooks;

namespace ParallelNotebooks.Cli;

/// <summary>
/// Writes every lesson's twin (<c>lessons/NAME.cs</c>, a file-based app) from its notebook, and removes twins whose
/// notebook is gone. The notebooks are the one source; a test fails when a twin differs from what this writes.
/// </summary>
internal static class Twins
{
    /// <summary>The kit's library project, which every twin references for <c>Twin</c> and the lessons' helpers.</summary>
    private static readonly string LibraryProject = Path.Combine("lib", "ParallelNotebooks.Lessons", "ParallelNotebooks.Lessons.csproj");

    public static int Write(string notebooksFolder, string twinsFolder)
    {
        var notebooks = Directory.GetFiles(notebooksFolder, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        if (notebooks.Count == 0)
        {
            Console.Error.WriteLine($"No notebooks in '{notebooksFolder}'.");
            return 2;
        }

        Directory.CreateDirectory(twinsFolder);
        var failures = 0;
        foreach (var notebook in notebooks)
        {
            var twin = LessonTwin.PathFor(notebook, twinsFolder);
            try
            {
                var text = LessonTwin.Generate(Notebook.Load(notebook), twin, LibraryProject);
                var changed = !File.Exists(twin) || File.ReadAllText(twin) != text;
                if (changed)
                {
                    File.WriteAllText(twin, text);
                }

                Console.WriteLine($"  {twin,-44}{(changed ? "written" : "unchanged")}");
            }
            catch (NotSupportedException e)
            {
                failures++;
                Console.Error.WriteLine($"  {notebook}: no twin: {e.Message}");
            }
        }

        var wanted = notebooks.Select(n => Path.GetFullPath(LessonTwin.PathFor(n, twinsFolder))).ToHashSet();
        foreach (var orphan in Directory.GetFiles(twinsFolder, "*.cs").Where(f => !wanted.Contains(Path.GetFullPath(f))))
        {
            if (File.ReadLines(orphan).FirstOrDefault()?.StartsWith(LessonTwin.Mark, StringComparison.Ordinal) == true)
            {
                File.Delete(orphan);
                Console.WriteLine($"  {orphan,-44}removed: its notebook is gone");
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
