using System.Text;
using Microsoft.Win32.SafeHandles;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Worker;

/// <summary>
/// Ends the worker within moments of its parent's death, SIGKILL included: the parent holds the write end of the
/// worker's standard input, and the system closes it when the parent dies, however it dies. A thread that waits
/// on standard input sees that end-of-file even while the main thread is in the middle of an item.
/// </summary>
internal static class ParentWatch
{
    /// <summary>The exit code of a worker whose parent went away; nobody is left to read it.</summary>
    private const int ParentGone = 3;

    /// <summary>
    /// In item mode the parent never writes, so end-of-file on standard input means it is gone. Only a pipe is
    /// watched: a worker started by hand with its input from a terminal or <c>/dev/null</c> runs its item as before.
    /// </summary>
    public static void ExitWhenInputCloses()
    {
        if (!InputIsPipe())
        {
            return;
        }

        StartWatcher(() =>
        {
            using (var input = OpenInput())
            {
                var buffer = new byte[64];
                while (input.Read(buffer) > 0)
                {
                    // The parent sends nothing in item mode: whatever comes is ignored until the pipe closes.
                }
            }

            Environment.Exit(ParentGone);
        });
    }

    /// <summary>
    /// Serves the chunks the parent sends, read on a thread of their own, until standard input closes. The parent
    /// closes it only once it has every result it asked for, so end-of-file while a chunk is running or waiting
    /// means the parent died, and the worker exits at once; end-of-file between chunks ends the worker normally.
    /// </summary>
    /// <param name="runItems">Runs a chunk's items.</param>
    /// <param name="sendResults">Sends the results still held. It runs after the chunk counts as done, so a parent
    /// that closes input as soon as it has the last result always finds the worker idle.</param>
    public static void ServeChunks(Action<int[]> runItems, Action sendResults)
    {
        var gate = new object();
        var chunks = new Queue<int[]>();
        var (busy, ended) = (false, false);
        StartWatcher(() =>
        {
            using (var reader = new StreamReader(OpenInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false))
            {
                while (reader.ReadLine() is { } line)
                {
                    var chunk = WorkerProtocol.ParseChunk(line);
                    lock (gate)
                    {
                        chunks.Enqueue(chunk);
                        Monitor.Pulse(gate);
                    }
                }
            }

            lock (gate)
            {
                if (!busy && chunks.Count == 0)
                {
                    ended = true;
                    Monitor.Pulse(gate);
                    return;
                }
            }

            Environment.Exit(ParentGone);
        });

        while (true)
        {
            int[] chunk;
            lock (gate)
            {
                while (chunks.Count == 0 && !ended)
                {
                    Monitor.Wait(gate);
                }

                if (ended)
                {
                    return;
                }

                chunk = chunks.Dequeue();
                busy = true;
            }

            runItems(chunk);
            lock (gate)
            {
                busy = false;
            }

            sendResults();
        }
    }

    private static void StartWatcher(Action readUntilEndOfFile) =>
        new Thread(new ThreadStart(readUntilEndOfFile)) { IsBackground = true, Name = "parent watch" }.Start();
    private static FileStream OpenInput() => new(new SafeFileHandle(0, ownsHandle: false), FileAccess.Read, bufferSize: 0);

    private static bool InputIsPipe() =>
        !OperatingSystem.IsLinux()
        || (File.ResolveLinkTarget("/proc/self/fd/0", returnFinalTarget: false)?.Name.StartsWith("pipe:", StringComparison.Ordinal) ?? false);
}
