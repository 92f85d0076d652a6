using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks;

/// <summary>
/// A learner's worker file, built: a C# file-based app that references the kit's hosting library
/// (<c>#:project .../lib/ParallelNotebooks.Hosting/ParallelNotebooks.Hosting.csproj</c>) and makes one call,
/// <c>WorkerHost.Serve(input =&gt; ...)</c>, with the function of one input. The process runners cannot call a function
/// that lives in a notebook, so this is how your own code reaches them: build the file with <see cref="Build"/>, make a
/// workload of it with <see cref="Workload(string, IReadOnlyList{string}, bool, TimeSpan?)"/>, and give that to
/// <c>Runners.ProcessPerItem()</c> or <c>Runners.ProcessPool()</c>, which start this worker instead of the kit's.
/// </summary>
public sealed class WorkerFile
{
    private WorkerFile(string source, string program, bool isNative)
    {
        Source = source;
        Program = program;
        IsNative = isNative;
        Command = WorkerLocator.CommandFor(program, isNative);
    }

    /// <summary>The worker file's full path.</summary>
    public string Source { get; }

    /// <summary>The program built from it: a native executable, or a <c>.dll</c> that the dotnet host runs.</summary>
    public string Program { get; }

    /// <summary>Whether <see cref="Program"/> was built as native AOT.</summary>
    public bool IsNative { get; }

    internal WorkerCommand Command { get; }

    /// <summary>
    /// Builds a worker file, or finds it built: the build is kept in <c>bin/NAME/</c> beside the file and used again
    /// for as long as the file and the kit's library are unchanged (a hash of both names it), so only the first call
    /// after an edit waits for the compiler.
    /// </summary>
    /// <param name="path">The worker file, relative to the current folder (a notebook's own folder) or absolute.</param>
    /// <param name="nativeAot">
    /// Whether to build native AOT, whose processes start in a few milliseconds but whose build takes about a minute.
    /// Default: <see langword="null"/>, which builds native AOT where the set-up could build the kit's own native worker
    /// (a C toolchain is there), and a normal build otherwise.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">No file is at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidOperationException">The file does not compile (the message quotes the compiler's first
    /// errors), or the build failed otherwise.</exception>
    public static WorkerFile Build(string path, bool? nativeAot = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var source = Path.GetFullPath(path);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException($"The worker file '{path}' is not there (looked for {source}).", source);
        }

        var native = nativeAot ?? WorkerLocator.NativeBuildsHere;
        return new WorkerFile(source, WorkerBuild.BuildOrFind(source, native), native);
    }

    /// <summary>
    /// A workload of this worker's function over <paramref name="inputs"/>: item <c>i</c> is input <c>i</c>, passed to
    /// the worker's function as it is, and each finished item's record names its input. For the process runners only.
    /// </summary>
    /// <param name="name">A short name for charts and tables.</param>
    /// <param name="inputs">The inputs, one per item, such as file paths; a run takes at most this many items.</param>
    /// <param name="usesCpu">Whether items compete for cores (computing) or only wait (disk, network).</param>
    /// <param name="itemTime">
    /// How long one item takes alone, which the ideal is built from. Default: <see langword="null"/>, which times it in a
    /// worker of its own before the first run: input 0 twice, the second kept.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, <paramref name="inputs"/> is empty or holds a
    /// null, or <paramref name="itemTime"/> is not positive.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Workload Workload(string name, IReadOnlyList<string> inputs, bool usesCpu, TimeSpan? itemTime = null)
    {
        CheckWorkload(name, itemTime);
        var copy = ParallelNotebooks.Workload.CheckInputs(inputs);
        return new HostedWorkload(this, name, copy, usesCpu, itemTime, WorkerInputs.Write(copy, WorkerBuild.FolderOf(Source)));
    }

    /// <summary>
    /// A workload of this worker's function over item numbers: the worker's function gets each item's number as text
    /// (<c>"0"</c>, <c>"1"</c>, ...). For the process runners only.
    /// </summary>
    /// <inheritdoc cref="Workload(string, IReadOnlyList{string}, bool, TimeSpan?)"/>
    public Workload Workload(string name, bool usesCpu, TimeSpan? itemTime = null)
    {
        CheckWorkload(name, itemTime);
        return new HostedWorkload(this, name, inputs: null, usesCpu, itemTime, WorkerInputs.NumbersSpec);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Source} ({(IsNative ? "native AOT" : "managed")} build)";

    private static void CheckWorkload(string name, TimeSpan? itemTime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (itemTime is { } time && time <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(itemTime), time, "An item time must be positive; leave it out to have it measured.");
        }
    }
}
