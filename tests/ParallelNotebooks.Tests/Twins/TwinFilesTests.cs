using ParallelNotebooks.Notebooks;
using ParallelNotebooks.Tests.Notebooks;

namespace ParallelNotebooks.Tests.Twins;

/// <summary>
/// The notebooks are the one source of the lessons: every twin in <c>lessons/</c> must be exactly what the generator
/// writes from its notebook now, and no twin may outlive its notebook.
/// </summary>
public sealed class TwinFilesTests
{
    public static TheoryData<string> Lessons => [.. LessonFiles.Names];

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Twin_OfEachNotebook_IsUpToDate(string notebook)
    {
        var twin = TwinFiles.PathFor(notebook);
        var expected = TwinFiles.Expected(notebook);

        Assert.True(File.Exists(twin), $"{notebook} has no twin in lessons/. Run '{LessonTwin.Command}' in the repository and commit lessons/.");
        Assert.True(File.ReadAllText(twin) == expected,
            $"lessons/{Path.GetFileName(twin)} is out of date with notebooks/{notebook}. Run '{LessonTwin.Command}' in the repository and commit lessons/.");
    }

    [Fact]
    public void Twins_Folder_HoldsATwinForEveryNotebookAndNothingElse()
    {
        var twins = Directory.GetFiles(TwinFiles.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(LessonFiles.Names.Select(n => Path.GetFileName(TwinFiles.PathFor(n))), twins);
    }
}
