using System.Globalization;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Hosting;

/// <summary>
/// Makes a program into a worker for the kit's process runners. A learner's worker file is a C# file-based app that
/// references this library and makes one call, <see cref="Serve(Func{string, string})"/>, with the function of one input; the kit builds it
/// (<c>WorkerFile.Build</c>) and the process runners start it as they start the kit's own worker.
/// </summary>
public static class WorkerHost
{
    /// <summary>
    /// Serves the process runner that started this program: runs <paramref name="run"/> on each input the runner asks for
    /// and sends back what it returns, then sets the exit code. Each input is one of the workload's inputs (such as a file
    /// path), or the item's number as text for a workload without inputs. An input that throws ends the worker, and the
    /// run's report names the item, its input and the exception.
    /// </summary>
    /// <param name="run">The function of one input; what it returns is the item's result (one line: line breaks become spaces).</param>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is null.</exception>
    public static void Serve(Func<string, string> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Environment.ExitCode = Serve(Environment.GetCommandLineArgs()[1..], run);
    }

    /// <summary>Serves with <paramref name="args"/> as the worker's arguments; returns the exit code.</summary>
    internal static int Serve(IReadOnlyList<string> args, Func<string, string> run)
    {
        // The entry assembly names the worker file (WordCount for WordCount.cs), run natively or through the dotnet host.
        var program = System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "worker";
        if (args.Count < 2)
        {
            return WorkerLoop.Usage(program, "this program is a worker for the kit's process runners, which start it. Build it with " +
                "WorkerFile.Build(\"path/to/this.cs\") and give the runner that worker's Workload(...).");
        }

        IReadOnlyList<string>? inputs;
        try
        {
            inputs = WorkerInputs.Read(args[0]);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return WorkerLoop.Usage(program, $"cannot read the inputs: {e.Message}");
        }

        string Input(int item) => inputs is null ? item.ToString(CultureInfo.InvariantCulture)
            : item < inputs.Count ? inputs[item]
            : throw new ArgumentOutOfRangeException(nameof(item), item, $"The workload has {inputs.Count} inputs.");

        using var output = new ResultWriter();
        return WorkerLoop.Run(program, args, output, item => run(Input(item)),
            (item, e) => $"item {item}{(inputs is not null && item < inputs.Count ? $" (input '{inputs[item]}')" : "")} threw {e.GetType().Name}: {e.Message}");
    }
}
