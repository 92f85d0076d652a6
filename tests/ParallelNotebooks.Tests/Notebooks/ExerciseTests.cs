using ParallelNotebooks.Notebooks;

namespace ParallelNotebooks.Tests.Notebooks;

/// <summary>
/// Every exercise is proven both ways: the lesson run as committed must say "not yet" (see
/// <see cref="LessonNotebookTests"/>), and the lesson run with the instructors' solutions must say "pass".
/// </summary>
[Collection(nameof(NotebookCollection))]
public sealed class ExerciseTests
{
    /// <summary>Every lesson but the set-up check has at least one exercise.</summary>
    public static TheoryData<string> Lessons => [.. LessonFiles.Names.Where(n => !n.StartsWith("00-", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Lesson_Exercises_ExistAndEachHasASolution(string name)
    {
        var exercises = LessonFiles.Exercises(LessonFiles.Load(name));

        Assert.NotEmpty(exercises);
        Assert.Equal(exercises.Keys.Order(), LessonFiles.Solutions(name).Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Lesson_RunWithSolutions_EveryCheckPasses(string name)
    {
        var solved = LessonFiles.Solved(name);

        var report = await NotebookRunner.RunAsync(solved, new NotebookRunOptions { CellTimeout = TimeSpan.FromMinutes(5) });

        Assert.True(report.Succeeded, report.ToString());
        var checks = LessonFiles.CheckLines(report);
        Assert.Equal(LessonFiles.Exercises(solved).Keys.Order(), checks.Keys.Order());
        Assert.All(checks.Values, line => Assert.EndsWith("] pass", line));
    }
}
