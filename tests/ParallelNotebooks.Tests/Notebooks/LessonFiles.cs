using Microsoft.DotNet.Interactive.Documents;
using ParallelNotebooks.Notebooks;

namespace ParallelNotebooks.Tests.Notebooks;

/// <summary>The lessons' notebooks, their exercises, and the solutions kept for instructors.</summary>
internal static class LessonFiles
{
    /// <summary>The comment that opens an exercise cell: <c>// Exercise ID: task</c>.</summary>
    private const string ExerciseMark = "// Exercise ";

    public static IEnumerable<string> Names =>
        Directory.GetFiles(Repository.Notebooks, "*.ipynb").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal);

    public static Notebook Load(string name) => Notebook.Load(Path.Combine(Repository.Notebooks, name));

    /// <summary>The exercise cells of a notebook, by exercise id.</summary>
    public static IReadOnlyDictionary<string, NotebookCell> Exercises(Notebook notebook) =>
        notebook.Cells.Where(c => c.IsCode && c.Source.StartsWith(ExerciseMark, StringComparison.Ordinal))
            .ToDictionary(c => ExerciseId(c.Source), c => c);

    /// <summary>The solutions of a lesson's exercises, from <c>instructors/solutions/NAME.dib</c>, by exercise id.</summary>
    public static IReadOnlyDictionary<string, string> Solutions(string name)
    {
        var path = Path.Combine(Repository.Root, "instructors", "solutions", Path.ChangeExtension(name, ".dib"));
        if (!File.Exists(path))
        {
            return new Dictionary<string, string>();
        }

        // Read as the kernel reads a .dib: the Documents package splits it into cells at each kernel's magic command.
        var kernels = new KernelInfoCollection { new KernelInfo("csharp", aliases: ["c#", "C#"]) };
        kernels.DefaultKernelName = "csharp";
        return CodeSubmission.Parse(File.ReadAllText(path), kernels).Elements
            .Where(cell => cell.KernelName == "csharp" && cell.Contents.StartsWith(ExerciseMark, StringComparison.Ordinal))
            .ToDictionary(cell => ExerciseId(cell.Contents), cell => cell.Contents);
    }

    /// <summary>The lesson with every exercise cell replaced by its solution.</summary>
    public static Notebook Solved(string name)
    {
        var notebook = Load(name);
        var solutions = Solutions(name);
        foreach (var (id, cell) in Exercises(notebook))
        {
            notebook = notebook.WithCellSource(cell.Index, solutions[id]);
        }

        return notebook;
    }

    /// <summary>The lines that exercise checks printed in a run, by exercise id.</summary>
    public static IReadOnlyDictionary<string, string> CheckLines(NotebookReport report) =>
        report.Cells.SelectMany(c => c.StandardOutput.Split('\n'))
            .Where(l => l.StartsWith("[exercise ", StringComparison.Ordinal))
            .ToDictionary(l => l["[exercise ".Length..l.IndexOf(']', StringComparison.Ordinal)], l => l);

    private static string ExerciseId(string source) =>
        source[ExerciseMark.Length..source.IndexOf(':', StringComparison.Ordinal)];
}
