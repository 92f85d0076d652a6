using System.Text;

namespace ParallelNotebooks.Notebooks;

/// <summary>
/// Writes a lesson's twin: the notebook as one C# file-based app (<c>dotnet run lessons/NAME.cs</c>), so the lesson runs
/// on the day the notebook extension stops working. Markdown cells become comments and code cells code; a <c>#r</c> of
/// a library becomes <c>#:project</c> of the project that builds it; what only the kernel does is done by the kit's
/// <c>Twin</c> class: a cell's last value and <c>display(...)</c> are printed as text, and charts are written as offline
/// pages whose paths are printed. The notebook stays the one source: twins are generated, never edited.
/// </summary>
public static class LessonTwin
{
    /// <summary>The command that writes every twin again, run from the repository.</summary>
    public const string Command = "dotnet run --project lib/ParallelNotebooks.Cli -- twins";

    /// <summary>How every twin begins; a file in the twins' folder without it is not a twin and is left alone.</summary>
    public const string Mark = "// Lesson twin: ";

    /// <summary>Where the twin of <paramref name="notebookPath"/> lies in <paramref name="twinsFolder"/>: the same name, <c>.cs</c>.</summary>
    public static string PathFor(string notebookPath, string twinsFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(twinsFolder);
        return Path.Combine(twinsFolder, Path.GetFileNameWithoutExtension(notebookPath) + ".cs");
    }

    /// <summary>The twin of <paramref name="notebook"/>, as it should read at <paramref name="twinPath"/>.</summary>
    /// <param name="notebook">The lesson.</param>
    /// <param name="twinPath">Where the twin will lie: its <c>#:project</c> paths are relative to it.</param>
    /// <param name="libraryProject">The project of the kit's library, which holds <c>Twin</c>; always referenced.</param>
    /// <exception cref="NotSupportedException">
    /// A cell does what a twin cannot: runs in another kernel than C#, uses a magic command other than <c>#!csharp</c> and
    /// <c>#!time</c>, loads a package or a DLL that no project of the repository builds, or does not parse.
    /// </exception>
    public static string Generate(Notebook notebook, string twinPath, string libraryProject)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentException.ThrowIfNullOrWhiteSpace(twinPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(libraryProject);
        var twinFolder = Path.GetDirectoryName(Path.GetFullPath(twinPath))!;
        var name = Path.GetFileNameWithoutExtension(notebook.Path);

        var projects = new List<string>();
        var usings = new List<string>(TwinCell.KernelUsings) { "using ParallelNotebooks.Lessons;" };
        var body = new StringBuilder();
        var types = new List<string>();
        var declared = new Dictionary<string, int>(StringComparer.Ordinal);
        var inBlocks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in notebook.Cells)
        {
            if (!cell.IsCode)
            {
                body.Append('\n').Append(Comment(cell.Source)).Append('\n');
                continue;
            }

            if (cell.KernelName != "csharp")
            {
                throw new NotSupportedException($"Cell {cell.Number} runs in the '{cell.KernelName}' kernel; a twin runs C# only.");
            }

            var twin = TwinCell.Translate(cell);
            foreach (var reference in twin.References)
            {
                projects.Add(ProjectOf(cell, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(notebook.Path)!, reference))));
            }

            foreach (var topLevel in twin.TopLevelNames)
            {
                // A kernel lets a cell declare a name again; one program cannot, so say which cell to change.
                if (declared.TryGetValue(topLevel, out var first))
                {
                    throw new NotSupportedException(
                        $"Cell {cell.Number} declares '{topLevel}' again (cell {first} declared it first). A twin is one program, so give one of them another name in the notebook.");
                }

                declared[topLevel] = cell.Number;
            }

            foreach (var inBlock in twin.BlockNames.Where(n => !inBlocks.ContainsKey(n)))
            {
                inBlocks[inBlock] = cell.Number;
            }

            usings.AddRange(twin.Usings);
            types.AddRange(twin.Types);
            if (twin.Code.Length > 0)
            {
                body.Append('\n').Append(twin.Code).Append('\n');
            }
        }

        // In one program a block may not hide a top-level name, whichever cell comes first.
        if (inBlocks.Keys.Intersect(declared.Keys).FirstOrDefault() is { } hidden)
        {
            throw new NotSupportedException(
                $"Cell {inBlocks[hidden]} declares '{hidden}' inside a block, and cell {declared[hidden]} declares it at the top level. A twin is one program, where C# forbids the inner one to hide the outer: give one of them another name in the notebook.");
        }

        projects.Add(Path.GetFullPath(libraryProject));
        var twinFile = $"{Path.GetFileName(twinFolder)}/{Path.GetFileName(twinPath)}";
        var text = new StringBuilder()
            .Append(Mark).Append(Relative(twinFolder, notebook.Path)).Append(" as a C# file-based app, for following the lesson\n")
            .Append("// without a notebook extension. From the repository, after scripts/setup.sh:\n")
            .Append("//     dotnet run ").Append(twinFile).Append('\n')
            .Append("// Charts are written as offline pages to output/twins/").Append(name).Append("/, and their paths printed.\n")
            .Append("// Generated from the notebook: change the notebook, then run\n")
            .Append("//     ").Append(Command).Append('\n')
            .Append("// Solve the exercises here if you like; that command puts them back.\n")
            .Append("// The properties below: run on the JIT as the kernel does (a file-based app would default to native AOT), with\n")
            .Append("// the kernel's usings instead of the SDK's implicit ones, and with warnings shown but not fatal.\n");
        foreach (var project in projects.Select(p => Relative(twinFolder, p)).Distinct())
        {
            text.Append("#:project ").Append(project).Append('\n');
        }

        text.Append("#:property PublishAot=false\n#:property ImplicitUsings=disable\n#:property TreatWarningsAsErrors=false\n\n");
        foreach (var directive in usings.Distinct())
        {
            text.Append(directive).Append('\n');
        }

        text.Append("\nTwin.Start(\"").Append(name).Append("\");\n").Append(body);
        if (types.Count > 0)
        {
            text.Append("\n// The types the cells declare: a file-based app wants them after its statements.\n");
            foreach (var type in types)
            {
                text.Append('\n').Append(type).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The project that builds the folder a referenced DLL lies in: referencing it brings the DLL along.</summary>
    private static string ProjectOf(NotebookCell cell, string dll)
    {
        for (var folder = Path.GetDirectoryName(dll); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder) && Directory.GetFiles(folder, "*.csproj") is [var project])
            {
                return project;
            }
        }

        throw new NotSupportedException($"Cell {cell.Number} loads '{dll}', which no project of the repository builds; a twin references projects only.");
    }

    private static string Comment(string markdown) =>
        string.Join('\n', markdown.ReplaceLineEndings("\n").Trim('\n').Split('\n').Select(line => line.TrimEnd() is { Length: > 0 } text ? "// " + text : "//"));

    private static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');
}
