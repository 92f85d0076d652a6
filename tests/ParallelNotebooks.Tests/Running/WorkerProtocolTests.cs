using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Tests.Running;

public sealed class WorkerProtocolTests
{
    [Fact]
    public void FormatResult_ThenParseResult_GivesTheFieldsBack()
    {
        var line = WorkerProtocol.FormatResult(3, 100, 250, 42, "odd");

        Assert.Equal("3\t100\t250\t42\todd", line);
        Assert.Equal((3, 100L, 250L, 42, "odd"), WorkerProtocol.ParseResult(line));
    }

    [Fact]
    public void FormatResult_ResultOverSeveralLines_StaysOnOneLine()
    {
        var line = WorkerProtocol.FormatResult(0, 1, 2, 3, "first\nsecond");

        Assert.Equal("first second", WorkerProtocol.ParseResult(line).Result);
    }

    [Fact]
    public void ParseResult_NotAResultLine_ThrowsQuotingIt()
    {
        Assert.Contains("'Unhandled exception.'", Assert.Throws<FormatException>(() => WorkerProtocol.ParseResult("Unhandled exception.")).Message);
    }

    [Theory]
    [InlineData("1\t2\t3\t4")]
    [InlineData("x\t2\t3\t4\todd")]
    [InlineData("1\t2\t3\tx\todd")]
    [InlineData("")]
    public void TryParseResult_OtherLine_IsFalse(string line)
    {
        Assert.False(WorkerProtocol.TryParseResult(line, out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void TryParseResult_ResultLine_IsTrue()
    {
        Assert.True(WorkerProtocol.TryParseResult("7\t10\t20\t99\teven", out var result));
        Assert.Equal((7, 10L, 20L, 99, "even"), result);
    }

    [Fact]
    public void FormatChunk_ThenParseChunk_GivesTheItemsBack()
    {
        Assert.Equal("1 2 30", WorkerProtocol.FormatChunk([1, 2, 30]));
        Assert.Equal([1, 2, 30], WorkerProtocol.ParseChunk("1 2  30 "));
    }

    [Fact]
    public void ParseChunk_NotNumbers_Throws()
    {
        Assert.Throws<FormatException>(() => WorkerProtocol.ParseChunk("1 two"));
    }

    [Fact]
    public void Worker_ProcessId_NamesTheProcess()
    {
        Assert.Equal("process 42", WorkerProtocol.Worker(42));
    }
}
