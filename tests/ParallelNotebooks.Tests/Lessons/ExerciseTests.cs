using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class ExerciseCheckTests
{
    [Fact]
    public void Check_Passed_ReturnsTrue()
    {
        Assert.True(Exercise.Check("t", true, "hint"));
        Assert.False(Exercise.Check("t", false, "hint"));
    }

    [Fact]
    public void Check_NoHint_ThrowsNamingIt()
    {
        Assert.Equal("hint", Assert.Throws<ArgumentException>(() => Exercise.Check("t", true, " ")).ParamName);
    }
}
