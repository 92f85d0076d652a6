namespace ParallelNotebooks.Charts;

/// <summary>One bar of a comparison: a value of one series (such as "article, Python") for one category (such as "serial").</summary>
/// <param name="Series">Which source the value comes from; one colour per series.</param>
/// <param name="Category">What is compared.</param>
/// <param name="Value">The value.</param>
public sealed record ComparisonBar(string Series, string Category, double Value);
