namespace ParallelNotebooks.Lessons;

/// <summary>One figure or claim of the article, in our words, from <c>data/article-claims.csv</c>.</summary>
/// <param name="Id">A short id, such as <c>serial-time</c>.</param>
/// <param name="Section">The article's section, numbered as the lessons are.</param>
/// <param name="Claim">What the article says, in our words.</param>
/// <param name="ArticleFigure">The article's figure, when it gives one.</param>
/// <param name="Unit">The figure's unit, such as <c>s</c> or <c>x</c>.</param>
public sealed record ArticleClaim(string Id, int Section, string Claim, double? ArticleFigure, string Unit);
