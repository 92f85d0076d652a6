using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Hosting;

/// <summary>
/// Ends the worker within moments of its parent's death, SIGKILL included: the parent holds the write end of the
/// worker's standard input, and the system closes it when the parent dies, however it dies. A thread that waits
/// on standard input sees that end-of-file even while the main thread is in the middle of an item.
/// </summary>
internal static partial class ParentWatch
{
    /// <summary>The exit code of a worker whose parent went away; nobody is left to read it.</summary>
    private const int ParentGone = 3;

    /// <summary>
    /// In item mode the parent never writes, so end-of-file on standard input means it is gone. Only a pipe is
    /// watched: a worker started by hand with its input from a terminal or <c>/dev/null</c> runs its item as before.
    /// </summary>
    public static void ExitWhenInputCloses()
    {
        if (!InputIsPipe() || SignalWhenInputCloses())
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
    /// <summary>
    /// On Linux, asks the system to send SIGIO when standard input changes; in item mode the only change is its
    /// closing, and SIGIO's default action ends the process. This costs no thread: a watcher thread took about 0.1 ms
    /// of the worker's 2 ms start. False where it is not available, and a thread watches instead.
    /// </summary>
    private static bool SignalWhenInputCloses()
    {
        // Native AOT only. Under the JIT runtime the signal did not end the worker (managed item workers outlived a
        // SIGKILLed parent), and there a thread's 0.1 ms is nothing beside the runtime's own start of about 40 ms.
        if (!OperatingSystem.IsLinux() || System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            return false;
        }

        try
        {
            var flags = Fcntl(0, GetFlags, 0);
            if (flags < 0 || Fcntl(0, SetOwner, Environment.ProcessId) != 0 || Fcntl(0, SetFlags, flags | AsyncSignal) != 0)
            {
                return false;
            }

            // A parent that died before the line above (while this worker was starting) closed the pipe before anyone
            // asked for the signal, so none will come: look once whether the pipe has already lost its writer.
            var input = new PollEntry { Descriptor = 0, Events = PollIn };
            if (Poll(ref input, 1, 0) == 1 && (input.Returned & PollHangUp) != 0)
            {
                Environment.Exit(ParentGone);
            }

            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // A managed worker where libc cannot be loaded by that name: the thread serves.
        }
    }

    // fcntl's commands and flag on Linux (asm-generic/fcntl.h): F_GETFL, F_SETFL, F_SETOWN, O_ASYNC.
    private const int GetFlags = 3;
    private const int SetFlags = 4;
    private const int SetOwner = 8;
    private const int AsyncSignal = 0x2000;

    // poll's events on Linux (asm-generic/poll.h): POLLIN, POLLHUP.
    private const short PollIn = 0x1;
    private const short PollHangUp = 0x10;

    // Bound at link time in the native build (DirectPInvoke in the project file), so no library is looked up.
    [LibraryImport("libc", EntryPoint = "fcntl")]
    private static partial int Fcntl(int descriptor, int command, int argument);

    [LibraryImport("libc", EntryPoint = "poll")]
    private static partial int Poll(ref PollEntry entry, nuint count, int timeoutMs);

    /// <summary>struct pollfd.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct PollEntry
    {
        public int Descriptor;
        public short Events;
        public short Returned;
    }

    private static FileStream OpenInput() => new(new SafeFileHandle(0, ownsHandle: false), FileAccess.Read, bufferSize: 0);

    private static bool InputIsPipe() =>
        !OperatingSystem.IsLinux()
        || (File.ResolveLinkTarget("/proc/self/fd/0", returnFinalTarget: false)?.Name.StartsWith("pipe:", StringComparison.Ordinal) ?? false);
}
