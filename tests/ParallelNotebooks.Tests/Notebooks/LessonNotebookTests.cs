using ParallelNotebooks.Notebooks;
using ParallelNotebooks.Tests.Charts;

namespace ParallelNotebooks.Tests.Notebooks;

/// <summary>
/// Every notebook under notebooks/ is found and run through the kernel, cell by cell: adding a notebook adds
/// its tests, with no list to keep in step.
/// </summary>
[Collection(nameof(NotebookCollection))]
public sealed class LessonNotebookTests
{
    private const string SetupLesson = "00-setup.ipynb";
    private const string LibraryPath = "../lib/ParallelNotebooks.Lessons/bin/Debug/net10.0/ParallelNotebooks.Lessons.dll";

    public static TheoryData<string> Lessons => [.. LessonFiles.Names];

    [Fact]
    public void Lessons_Folder_HoldsNotebooks()
    {
        Assert.NotEmpty(Lessons);
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Lesson_AsCommitted_HasNoOutputs(string name)
    {
        var notebook = Notebook.Load(Path.Combine(Repository.Notebooks, name));

        Assert.False(notebook.HasOutputs, $"{name} was committed with outputs; clear them so learners start clean.");
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Lesson_RunThroughTheKernel_EveryCellSucceedsOfflineChartsShowAndExercisesAreUnsolved(string name)
    {
        var notebook = LessonFiles.Load(name);

        var report = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions { CellTimeout = TimeSpan.FromMinutes(5) });
        NotebookWriter.Write(report, Path.Combine(Repository.Root, "artifacts", "notebook-runs"));

        Assert.True(report.Succeeded, report.ToString());
        Assert.Equal(notebook.Cells.Count(c => c.IsCode), report.Cells.Count);
        Assert.NotEmpty(report.Charts);
        Assert.All(report.Charts, chart => OfflineHtml.AssertNoRemoteScript(chart.Html!));
        var checks = LessonFiles.CheckLines(report);
        Assert.Equal(LessonFiles.Exercises(notebook).Keys.Order(), checks.Keys.Order());
        Assert.All(checks.Values, line => Assert.Contains("] not yet: ", line));
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Lesson_Text_StatesGoalAndTime(string name)
    {
        var text = string.Concat(LessonFiles.Load(name).Cells.Where(c => !c.IsCode).Select(c => c.Source));

        Assert.Contains("**Goal:**", text);
        Assert.Contains("**Time:**", text);
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Lesson_FirstCodeCell_LoadsTheLibraryByRelativePathAndBegins(string name)
    {
        var code = LessonFiles.Load(name).Cells.Where(c => c.IsCode).ToList();
        // The set-up lesson first checks that the library is built, so a learner who skipped the set-up is told so.
        var first = code[name == SetupLesson ? 1 : 0].Source;

        Assert.StartsWith($"#r \"{LibraryPath}\"", first);
        Assert.Contains("Lesson.Begin(", first);
    }

    [Fact]
    public async Task SetupLesson_KitNotBuilt_FirstCellSaysToRunTheSetUp()
    {
        // A copy of the lesson with no built library beside it, as on a fresh clone; inside the repository, where
        // the kernel tool's manifest is found.
        var folder = Path.Combine(Repository.Root, "artifacts", "unbuilt-" + Guid.NewGuid().ToString("N"));
        var copy = Path.Combine(folder, "notebooks", SetupLesson);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(Path.Combine(Repository.Notebooks, SetupLesson), copy);
        try
        {
            var report = await NotebookRunner.RunAsync(Notebook.Load(copy));

            Assert.False(report.Succeeded);
            Assert.Equal(LessonFiles.Load(SetupLesson).Cells.First(c => c.IsCode).Number, report.FailedCell!.Cell.Number);
            Assert.Contains("The kit is not built yet", report.FailedCell.Error);
            Assert.Contains("scripts/setup.sh", report.FailedCell.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
