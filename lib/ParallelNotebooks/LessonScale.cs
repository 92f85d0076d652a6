using System.Globalization;

namespace ParallelNotebooks;

/// <summary>
/// Shrinks every wait of the lessons by one factor, read from the environment variable
/// <c>PARALLEL_NOTEBOOKS_SCALE</c>, so CI can run the article's experiments in seconds. Default: 1, the
/// article's real sizes.
/// </summary>
public static class LessonScale
{
    /// <summary>The environment variable that holds the factor.</summary>
    public const string Variable = "PARALLEL_NOTEBOOKS_SCALE";

    /// <summary>The factor every wait is multiplied by: 1 unless the environment variable says otherwise.</summary>
    /// <exception cref="InvalidOperationException">The variable holds something other than a number in (0, 1].</exception>
    public static double Factor
    {
        get
        {
            var text = Environment.GetEnvironmentVariable(Variable);
            if (string.IsNullOrWhiteSpace(text))
            {
                return 1.0;
            }

            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor > 0 && factor <= 1
                ? factor
                : throw new InvalidOperationException($"{Variable} is '{text}'; it must be a number above 0 and at most 1, such as 0.05.");
        }
    }

    /// <summary>Whether lessons run shrunk (the factor is below 1).</summary>
    public static bool IsSmall => Factor < 1.0;

    /// <summary>Scales a wait by <see cref="Factor"/>.</summary>
    public static TimeSpan Time(TimeSpan full) => full * Factor;

    /// <summary>Scales a wait given in seconds by <see cref="Factor"/>.</summary>
    public static TimeSpan Seconds(double full) => Time(TimeSpan.FromSeconds(full));

    /// <summary>
    /// Scales a wait given in seconds by <see cref="Factor"/>, never below <paramref name="minimum"/> seconds: for a
    /// measurement that a busy machine's hiccup of some milliseconds would swamp once scaled down.
    /// </summary>
    public static TimeSpan Seconds(double full, double minimum) => TimeSpan.FromSeconds(Math.Max(minimum, full * Factor));

    /// <summary>Scales a count or a size of work by <see cref="Factor"/>, never below <paramref name="minimum"/>.</summary>
    public static int Count(int full, int minimum = 1) => Math.Max(minimum, (int)Math.Round(full * Factor));
}
