using ParallelNotebooks.Notebooks;

namespace ParallelNotebooks.Tests.Notebooks;

/// <summary>
/// Every notebook under notebooks/ is found and run through the kernel, cell by cell: adding a notebook adds
/// its tests, with no list to keep in step.
/// </summary>
[Collection(nameof(NotebookCollection))]
public sealed class LessonNotebookTests
{
    public static TheoryData<string> Lessons =>
        [.. Directory.GetFiles(Repository.Notebooks, "*.ipynb").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

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
    public async Task Lesson_RunThroughTheKernel_EveryCellSucceedsAndAChartShows(string name)
    {
        var notebook = Notebook.Load(Path.Combine(Repository.Notebooks, name));

        var report = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions { CellTimeout = TimeSpan.FromMinutes(5) });
        NotebookWriter.Write(report, Path.Combine(Repository.Root, "artifacts", "notebook-runs"));

        Assert.True(report.Succeeded, report.ToString());
        Assert.Equal(notebook.Cells.Count(c => c.IsCode), report.Cells.Count);
        Assert.NotEmpty(report.Charts);
    }
}
