using System.Text.RegularExpressions;

namespace ParallelNotebooks.Tests.Workloads;

/// <summary>
/// Worker files for the tests: lesson 12's own (notebooks/your-worker/WordCount.cs), built as a learner's would be, and
/// small ones written under artifacts/test-workers/, inside the repository like a learner's, so the same build settings
/// apply. Each is built once per test run and kept between runs while unchanged.
/// </summary>
internal static partial class TestWorkers
{
    private static readonly Lazy<WorkerFile> WordCountBuild = new(() => WorkerFile.Build(WordCountSource));

    private static readonly Lazy<WorkerFile> EchoBuild = new(() => WorkerFile.Build(Write("Echo.cs", """
        // Echoes each input in angle brackets, and throws on the input "three".
        WorkerHost.Serve(input => input == "three" ? throw new InvalidOperationException("no threes") : $"<{input}>");
        """), nativeAot: false));

    public static string Folder => Path.Combine(Repository.Root, "artifacts", "test-workers");

    public static string WordCountSource => Path.Combine(Repository.Notebooks, "your-worker", "WordCount.cs");

    /// <summary>Lesson 12's worker: counts the words of the file each input names. Native AOT where the kit's worker is.</summary>
    public static WorkerFile WordCount => WordCountBuild.Value;

    /// <summary>A managed worker that echoes each input as <c>&lt;input&gt;</c> and throws on <c>three</c>.</summary>
    public static WorkerFile Echo => EchoBuild.Value;

    /// <summary>What lesson 12's worker computes, in this process, to compare with it.</summary>
    public static string CountWords(string path)
    {
        var counts = new Dictionary<string, int>();
        foreach (Match word in Word().Matches(File.ReadAllText(path).ToLowerInvariant()))
        {
            counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
        }

        var top = counts.MaxBy(c => c.Value);
        return $"{counts.Values.Sum()} words, '{top.Key}' {top.Value} times";
    }

    /// <summary>Writes a worker file under <see cref="Folder"/> with the kit's hosting library referenced, unless it holds that already.</summary>
    public static string Write(string name, string body)
    {
        var path = Path.Combine(Folder, name);
        var text = "#:project ../../lib/ParallelNotebooks.Hosting/ParallelNotebooks.Hosting.csproj\n\nusing ParallelNotebooks.Hosting;\n\n" + body + "\n";
        Directory.CreateDirectory(Folder);
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }

        return path;
    }

    /// <summary>Text files of a few words each in a fresh folder, which the caller deletes.</summary>
    public static (DirectoryInfo Folder, string[] Files) TextFiles(params string[] texts)
    {
        var folder = Directory.CreateTempSubdirectory("own-work-");
        var files = texts.Select((text, i) => Path.Combine(folder.FullName, $"text-{i}.txt")).ToArray();
        for (var i = 0; i < texts.Length; i++)
        {
            File.WriteAllText(files[i], texts[i]);
        }

        return (folder, files);
    }

    [GeneratedRegex("[a-z']+")]
    private static partial Regex Word();
}
