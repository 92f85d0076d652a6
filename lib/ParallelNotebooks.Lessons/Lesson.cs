using System.Runtime.InteropServices;

namespace ParallelNotebooks.Lessons;

/// <summary>The first call of every lesson: checks the library build and says what machine the lesson measures.</summary>
public static class Lesson
{
    /// <summary>
    /// Starts a lesson: fails with what to do when the library is older than its sources or was rebuilt after the
    /// kernel loaded it, then prints the machine facts every measurement depends on.
    /// </summary>
    /// <exception cref="InvalidOperationException">The loaded library is not the one <c>lib/</c> now describes.</exception>
    public static void Begin(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        LibraryBuild.ThrowIfStale();
        Console.WriteLine(title);
        if (KernelVersion.Mismatch() is { } warning)
        {
            Console.WriteLine(warning);
        }

        Console.WriteLine($"  {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine(LessonScale.IsSmall
            ? $"  small mode: every wait is scaled by {LessonScale.Factor} ({LessonScale.Variable})"
            : "  full size: the article's real waits");
    }
}
