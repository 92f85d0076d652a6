using ParallelNotebooks.Notebooks;

namespace ParallelNotebooks.Tests.Twins;

/// <summary>The lessons' twins in <c>lessons/</c>, and what the generator would write for each notebook now.</summary>
internal static class TwinFiles
{
    public static string Folder => Path.Combine(Repository.Root, "lessons");

    public static string LibraryProject => Path.Combine(Repository.Root, "lib", "ParallelNotebooks.Lessons", "ParallelNotebooks.Lessons.csproj");

    /// <summary>The twin's path for a notebook's file name, such as <c>05-one-process-per-item.ipynb</c>.</summary>
    public static string PathFor(string notebook) => LessonTwin.PathFor(notebook, Folder);

    /// <summary>The twin as the generator writes it from the notebook as it is now.</summary>
    public static string Expected(string notebook) =>
        LessonTwin.Generate(Notebook.Load(Path.Combine(Repository.Notebooks, notebook)), PathFor(notebook), LibraryProject);
}
