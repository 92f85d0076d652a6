using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class ExerciseCheckTests
{
    // Each test takes fresh ids: the hint count is process-wide, as in the kernel.
    private static string NewId() => Guid.NewGuid().ToString("N");

    private static string Miss(string id) => Exercise.Line(id, false, "where-to-look", "nudge-text", "answer-text");

    [Fact]
    public void Check_Passed_ReturnsWhetherItPassed()
    {
        var id = NewId();

        Assert.True(Exercise.Check(id, true, "look", "nudge", "answer"));
        Assert.False(Exercise.Check(id, false, "look", "nudge", "answer"));
    }

    [Fact]
    public void Line_Passed_SaysPass()
    {
        var id = NewId();

        Assert.Equal($"[exercise {id}] pass", Exercise.Line(id, true, "where-to-look", "nudge-text", "answer-text"));
    }

    [Fact]
    public void Line_RepeatedMisses_GiveLookThenNudgeThenAnswerFromThenOn()
    {
        var id = NewId();

        var first = Miss(id);
        var second = Miss(id);
        var third = Miss(id);
        var fourth = Miss(id);

        Assert.StartsWith($"[exercise {id}] not yet: where-to-look", first);
        Assert.DoesNotContain("answer-text", first);
        Assert.StartsWith($"[exercise {id}] not yet: nudge-text", second);
        Assert.DoesNotContain("answer-text", second);
        Assert.StartsWith($"[exercise {id}] not yet: answer-text", third);
        Assert.Equal(third, fourth);
    }

    [Fact]
    public void Line_PassBetweenMisses_NeitherAdvancesNorResetsTheHints()
    {
        var id = NewId();

        Miss(id);
        Exercise.Line(id, true, "where-to-look", "nudge-text", "answer-text");
        var afterPass = Miss(id);

        Assert.Contains("not yet: nudge-text", afterPass);
    }

    [Fact]
    public void Line_TwoExercises_CountTheirMissesApart()
    {
        var first = NewId();
        var second = NewId();

        Miss(first);
        Miss(first);
        var otherFirstMiss = Miss(second);

        Assert.Contains("not yet: where-to-look", otherFirstMiss);
        Assert.Contains("not yet: answer-text", Miss(first));
    }

    [Theory]
    [InlineData(" ", "look", "nudge", "answer", "id")]
    [InlineData("t", " ", "nudge", "answer", "look")]
    [InlineData("t", "look", " ", "answer", "nudge")]
    [InlineData("t", "look", "nudge", " ", "answer")]
    public void Check_BlankArgument_ThrowsNamingIt(string id, string look, string nudge, string answer, string name)
    {
        Assert.Equal(name, Assert.Throws<ArgumentException>(() => Exercise.Check(id, true, look, nudge, answer)).ParamName);
    }
}
