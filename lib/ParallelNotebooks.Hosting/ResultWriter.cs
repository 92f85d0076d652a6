using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ParallelNotebooks.Hosting;

/// <summary>
/// Collects lines and writes them to standard output (or error) in one system call per <see cref="Flush"/>, so
/// the parent reads a chunk's results in one go instead of waking once per line.
/// </summary>
internal sealed class ResultWriter(int descriptor = ResultWriter.StandardOutput) : IDisposable
{
    public const int StandardOutput = 1;
    public const int StandardError = 2;

    /// <summary>How long results may wait in the worker before they are sent anyway.</summary>
    public static readonly TimeSpan FlushAfter = TimeSpan.FromMilliseconds(1);

    private readonly Stream _stream = Open(descriptor);
    private readonly MemoryStream _pending = new();

    public void Add(string line)
    {
        var bytes = Encoding.UTF8.GetByteCount(line) + 1;
        var start = (int)_pending.Length;
        _pending.SetLength(start + bytes);
        Encoding.UTF8.GetBytes(line, _pending.GetBuffer().AsSpan(start));
        _pending.GetBuffer()[start + bytes - 1] = (byte)'\n';
    }

    public void Flush()
    {
        if (_pending.Length > 0)
        {
            _stream.Write(_pending.GetBuffer(), 0, (int)_pending.Length);
            _pending.SetLength(0);
        }
    }

    /// <summary>
    /// The descriptor itself where it is a pipe, as the runners give it; unbuffered, since the buffer is ours and
    /// each flush is one write. A file goes through the console's stream instead: a file stream writes at its own
    /// position, and would overwrite what a shell writes to the same file after the worker.
    /// </summary>
    private static Stream Open(int descriptor)
    {
        var direct = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (!direct.CanSeek)
        {
            return direct;
        }

        direct.Dispose();
        return descriptor == StandardError ? Console.OpenStandardError() : Console.OpenStandardOutput();
    }

    public void Dispose()
    {
        _stream.Dispose();
        _pending.Dispose();
    }
}
