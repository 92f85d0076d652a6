namespace ParallelNotebooks.Tests;

/// <summary>Changes a process-wide environment variable, so its tests do not run beside others that read it.</summary>
[Collection(nameof(LessonScaleTests))]
[CollectionDefinition(nameof(LessonScaleTests), DisableParallelization = true)]
public sealed class LessonScaleTests : IDisposable
{
    private readonly string? _before = Environment.GetEnvironmentVariable(LessonScale.Variable);

    [Theory]
    [InlineData(null, 1.0)]
    [InlineData("", 1.0)]
    [InlineData("0.05", 0.05)]
    [InlineData("1", 1.0)]
    public void Factor_Variable_IsReadOrDefaultsToOne(string? value, double expected)
    {
        Environment.SetEnvironmentVariable(LessonScale.Variable, value);

        Assert.Equal(expected, LessonScale.Factor);
        Assert.Equal(TimeSpan.FromSeconds(2 * expected), LessonScale.Seconds(2));
    }

    [Theory]
    [InlineData("0.05", 4, 1, 1.0)]
    [InlineData("0.5", 4, 1, 2.0)]
    [InlineData("1", 4, 1, 4.0)]
    public void Seconds_WithMinimum_NeverBelowIt(string value, double full, double minimum, double expected)
    {
        Environment.SetEnvironmentVariable(LessonScale.Variable, value);

        Assert.Equal(TimeSpan.FromSeconds(expected), LessonScale.Seconds(full, minimum));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2")]
    public void Factor_NotAFraction_ThrowsNamingTheVariable(string value)
    {
        Environment.SetEnvironmentVariable(LessonScale.Variable, value);

        var error = Assert.Throws<InvalidOperationException>(() => LessonScale.Factor);
        Assert.Contains(LessonScale.Variable, error.Message);
        Assert.Contains(value, error.Message);
    }

    [Theory]
    [InlineData("0.05", 3_000_000, 150_000)]
    [InlineData("0.05", 10, 1)]
    [InlineData("1", 200, 200)]
    public void Count_Factor_ScalesButNotBelowTheMinimum(string factor, int full, int expected)
    {
        Environment.SetEnvironmentVariable(LessonScale.Variable, factor);

        Assert.Equal(expected, LessonScale.Count(full, minimum: 1));
    }

    public void Dispose() => Environment.SetEnvironmentVariable(LessonScale.Variable, _before);
}
