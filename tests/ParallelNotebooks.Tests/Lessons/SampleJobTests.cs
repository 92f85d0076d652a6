using ParallelNotebooks.Lessons;
using ParallelNotebooks.Tests.Workloads;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class SampleJobTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sample-job-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void WriteTexts_Files_EachLongEnoughAndStartingElsewhere()
    {
        var files = SampleJob.WriteTexts(_folder.FullName, files: 3, bytesPerFile: 50_000);

        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.True(new FileInfo(f).Length >= 50_000, f));
        Assert.Equal(3, files.Select(f => File.ReadAllText(f)[..200]).Distinct().Count());
        Assert.StartsWith(File.ReadAllText(Path.Combine(Repository.Root, "README.md"))[..100], File.ReadAllText(files[0]));
    }

    [Fact]
    public void WriteTexts_Again_LeavesFilesThatHoldTheirTextAlone()
    {
        var files = SampleJob.WriteTexts(_folder.FullName, files: 2, bytesPerFile: 10_000);
        var written = files.Select(File.GetLastWriteTimeUtc).ToList();
        File.WriteAllText(files[1], "changed");
        Thread.Sleep(20);

        var again = SampleJob.WriteTexts(_folder.FullName, files: 2, bytesPerFile: 10_000);

        Assert.Equal(files, again);
        Assert.Equal(written[0], File.GetLastWriteTimeUtc(again[0]));
        Assert.NotEqual("changed", File.ReadAllText(again[1]));
    }

    [Fact]
    public void WriteTexts_BadArguments_ThrowNamingThem()
    {
        Assert.Equal("files", Assert.Throws<ArgumentOutOfRangeException>(() => SampleJob.WriteTexts(_folder.FullName, 0, 10)).ParamName);
        Assert.Equal("bytesPerFile", Assert.Throws<ArgumentOutOfRangeException>(() => SampleJob.WriteTexts(_folder.FullName, 1, 0)).ParamName);
        Assert.Equal("folder", Assert.ThrowsAny<ArgumentException>(() => SampleJob.WriteTexts(" ", 1, 10)).ParamName);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CountWordsInPython_Files_SameAnswerAsTheCSharpFunction(bool pool)
    {
        var files = SampleJob.WriteTexts(_folder.FullName, files: 3, bytesPerFile: 20_000);
        if (!Python.IsAvailable)
        {
            Assert.Throws<InvalidOperationException>(() => SampleJob.CountWordsInPython(files, pool));
            return;
        }

        var run = SampleJob.CountWordsInPython(files, pool);

        var answers = SampleJob.Results(run);
        Assert.Equal(files, answers.Keys);
        Assert.All(files, f => Assert.Equal(TestWorkers.CountWords(f), answers[f]));
        // Python's Pool() counts the machine's CPUs itself (os.cpu_count), which a container's limit may not lower.
        Assert.True(pool ? run["workers"] >= 1 : run["workers"] == 1);
        Assert.True(run["seconds"] > 0);
    }
}
