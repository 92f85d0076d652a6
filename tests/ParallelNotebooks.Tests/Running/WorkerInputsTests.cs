using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Tests.Running;

public sealed class WorkerInputsTests
{
    [Fact]
    public void Write_ThenRead_GivesTheSameInputsOnceWritten()
    {
        var folder = Directory.CreateTempSubdirectory("inputs-");
        try
        {
            string[] inputs = ["plain", "two\nlines", "", "ünïcode ✓", "\"quoted\" \\ back"];

            var spec = WorkerInputs.Write(inputs, folder.FullName);
            var again = WorkerInputs.Write(inputs, folder.FullName);

            Assert.StartsWith("inputs:", spec);
            Assert.Equal(spec, again);
            Assert.Single(folder.GetFiles());
            Assert.Equal(inputs, WorkerInputs.Read(spec));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Read_Numbers_GivesNoInputs()
    {
        Assert.Null(WorkerInputs.Read(WorkerInputs.NumbersSpec));
    }

    [Theory]
    [InlineData("article:0")]
    [InlineData("")]
    public void Read_NotAnInputsSpec_ThrowsFormatException(string spec)
    {
        Assert.Throws<FormatException>(() => WorkerInputs.Read(spec));
    }

    [Fact]
    public void Read_FileNotAnArrayOfStrings_ThrowsFormatException()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "[\"a\", 3]");

            Assert.Throws<FormatException>(() => WorkerInputs.Read("inputs:" + file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
