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
        Assert.All(checks.Values, line => Assert.True(line.EndsWith("] pass", StringComparison.Ordinal), WhatLedTo(report, line)));
    }

    // A check that fails on a loaded machine says little by itself: the measurements printed before it tell why.
    private static string WhatLedTo(NotebookReport report, string checkLine)
    {
        var cells = report.Cells.ToList();
        var at = cells.FindIndex(c => c.StandardOutput.Contains(checkLine, StringComparison.Ordinal));
        return string.Join("\n", cells.Skip(Math.Max(0, at - 1)).Take(2).Select(c => c.StandardOutput.Trim()));
    }
}
