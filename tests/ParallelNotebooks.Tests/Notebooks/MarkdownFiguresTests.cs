using System.Globalization;
using System.Text.RegularExpressions;
using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Notebooks;

/// <summary>
/// Every figure on screen is measured in the run or read from <c>data/</c>: a lesson's text may not carry a typed
/// result. A result is a number with a decimal point and a unit (<c>2.3 ms</c>, <c>12.0 s</c>) or any number of times
/// (<c>27x</c>). The article's own figures may be cited, where the sentence names the article.
/// </summary>
public sealed partial class MarkdownFiguresTests
{
    public static TheoryData<string> Lessons => [.. LessonFiles.Names];

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Lesson_Markdown_HoldsNoTypedResult(string name)
    {
        var text = string.Join("\n", LessonFiles.Load(name).Cells.Where(c => !c.IsCode).Select(c => c.Source));

        Assert.Empty(TypedResults(text));
    }

    [Fact]
    public void TypedResults_ResultsAndCitations_TellApart()
    {
        Assert.Equal(["2.3 ms", "1.95x"], TypedResults("The worker took 2.3 ms, threads 1.95x; the article's 4.17 s."));
        Assert.Equal(["4.17 s"], TypedResults("On two cores it took 4.17 s."));
        Assert.Empty(TypedResults("Ten items of 2 s and 30 to 40 % of the CPU; the article measured 20.02 s."));
    }

    private static List<string> TypedResults(string text)
    {
        var article = Claims.Load(Path.Combine(Repository.Root, "data", "article-claims.csv")).Values
            .Where(c => c.ArticleFigure is not null)
            .Select(c => c.ArticleFigure!.Value.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        return [.. Figure().Matches(text)
            .Where(m => !(m.Groups["decimal"].Success && article.Contains(m.Groups["decimal"].Value) && NamesTheArticle(text, m.Index)))
            .Select(m => m.Value)];
    }

    /// <summary>Whether the sentence before the figure names the article.</summary>
    private static bool NamesTheArticle(string text, int index)
    {
        var start = Math.Max(text.LastIndexOfAny(['.', '\n'], Math.Max(index - 2, 0)), 0);
        return text[start..index].Contains("article", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<![\w.])(?:\d+(?:\.\d+)?\s?[x×](?!\w)|(?<decimal>\d+\.\d+)\s?(?:s|ms|µs|us|ns|%|seconds)(?!\w))")]
    private static partial Regex Figure();
}
