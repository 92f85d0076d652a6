// Lesson twin: ../notebooks/01-cores-and-the-gil.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/01-cores-and-the-gil.cs
// Charts are written as offline pages to output/twins/01-cores-and-the-gil/, and their paths printed.
// Generated from the notebook: change the notebook, then run
//     dotnet run --project lib/ParallelNotebooks.Cli -- twins
// Solve the exercises here if you like; that command puts them back.
// The properties below: run on the JIT as the kernel does (a file-based app would default to native AOT), with
// the kernel's usings instead of the SDK's implicit ones, and with warnings shown but not fatal.
#:project ../lib/ParallelNotebooks.Lessons/ParallelNotebooks.Lessons.csproj
#:property PublishAot=false
#:property ImplicitUsings=disable
#:property TreatWarningsAsErrors=false

using System;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Linq;
using ParallelNotebooks.Lessons;
using ParallelNotebooks;
using ParallelNotebooks.Charts;
using ParallelNotebooks.Running;
using ParallelNotebooks.Workloads;

Twin.Start("01-cores-and-the-gil");

// # 01 · Cores and the GIL
//
// **Goal:** see why Python needs extra *processes* to use more than one core, and measure that C# *threads* already use them all.
// **Time:** 15 minutes.
//
// A processor today has several cores, each able to run one stream of instructions at a time. A program uses more than one core only when it has more than one thread of work *and* the runtime lets those threads run at the same moment.
//
// CPython (the usual Python) has a **global interpreter lock**, the GIL: a single lock that a thread must hold to run Python bytecode. It keeps CPython's memory management simple, but it means only one thread runs Python code at any instant. Threads still help Python programs that wait (for a disk or a network), but CPU-bound work on two threads takes as long as on one. That is why the article reaches for `multiprocessing`: each process has its own interpreter and its own GIL.
//
// The .NET runtime has no such lock. Its threads run on as many cores as the machine has. This lesson measures exactly that.

Lesson.Begin("01 · Cores and the GIL");

// ## CPU-bound work: one thread, then one thread per item
//
// Each item counts the primes below a bound by trial division: pure arithmetic, no waiting. We run twice as many items as there are cores, first one after another, then each on its own thread.

var cpuWork = Workload.CpuBound(LessonScale.Count(3_000_000, minimum: 150_000));
var items = 2 * Environment.ProcessorCount;

var oneThread = await Runners.Serial().RunAsync(cpuWork, items);
var allThreads = await Runners.ThreadPerItem().RunAsync(cpuWork, items);

Console.WriteLine($"{items} items of '{cpuWork.Name}'");
Console.WriteLine($"  one thread:      {oneThread.Wall.TotalSeconds:0.00} s");
Console.WriteLine($"  thread per item: {allThreads.Wall.TotalSeconds:0.00} s, {allThreads.SpeedupOver(oneThread):0.00}x faster (at most {allThreads.IdealSpeedupOver(oneThread):0.00}x on {Environment.ProcessorCount} cores)");
Twin.Show(SpeedupChart.Build(oneThread, [oneThread, allThreads]));

// The ideal is the core count: with `n` cores, `n` items can truly run at once, so no more than `n` times faster. Threads beyond the core count take turns, which the timeline shows as longer bars.

Twin.Show(TimelineChart.Build(allThreads));

// ## The same experiment in Python
//
// Under the GIL, the same items on Python threads take about as long as on one thread. The kit's own Python script measures it here when `python3` is installed; otherwise we show the figure measured earlier on a 2-core machine.

double pythonThreadsSpeedup;
if (Python.IsAvailable)
{
    var py = Python.Run("cpu", items: items, size: LessonScale.Count(200_000, minimum: 20_000));
    pythonThreadsSpeedup = py["serial_seconds"] / py["threads_seconds"];
    Console.WriteLine($"Python {Python.Describe}, measured here: threads {pythonThreadsSpeedup:0.00}x, Pool {py["serial_seconds"] / py["pool_seconds"]:0.00}x over one thread.");
}
else
{
    var reference = Reference.Get("python-threads-cpu-speedup");
    pythonThreadsSpeedup = reference.Figure;
    Console.WriteLine($"{Python.Describe}; reference figure: Python threads {reference.Figure}x ({reference.Source}).");
}

Twin.Show(ComparisonChart.Build("CPU-bound items: threads over one thread", "times faster",
[
    new ComparisonBar("Python threads", "threads", pythonThreadsSpeedup),
    new ComparisonBar("C# threads, here", "threads", allThreads.SpeedupOver(oneThread)),
    new ComparisonBar("ideal", "threads", allThreads.IdealSpeedupOver(oneThread)),
]));

var csharpSpeedup = allThreads.SpeedupOver(oneThread);
Claims.Record("gil-one-thread", csharpSpeedup,
    Environment.ProcessorCount > 1 && csharpSpeedup > 1.2 ? Verdict.HoldsDifferentlyInCSharp : Verdict.Holds,
    $"C# threads ran CPU-bound items {csharpSpeedup:0.00}x faster than one thread on {Environment.ProcessorCount} cores, Python threads {pythonThreadsSpeedup:0.00}x: the GIL is CPython's, not .NET's.");

// ## Exercise: use every core
//
// The cell below runs the items on `Runners.Serial()`. Change the marked line so that the items run at the same time (look at the runners above), run it, then run the check.

// Exercise all-cores: choose a runner that runs the items at the same time.
var myRunner = Runners.Serial(); // ✎ change this line
var myReport = await myRunner.RunAsync(cpuWork, items);
Console.WriteLine($"{myReport.Strategy}: at most {myReport.MaxConcurrency} items ran at once.");

Exercise.Check("all-cores", myReport.MaxConcurrency > 1,
    "Serial runs one item at a time. Try Runners.ThreadPerItem() or Runners.ThreadPool().");

// **What to remember:** in CPython the GIL keeps CPU-bound threads to one core, so Python needs processes. In C# threads use every core; processes are a choice (for isolation), not a necessity.
