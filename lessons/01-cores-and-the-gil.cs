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
using System.Diagnostics;
using System.Threading;

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
// The .NET runtime has no such lock. Its threads run on as many cores as the machine has. This lesson measures both sides.

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
Console.WriteLine($"  thread per item: {allThreads.Wall.TotalSeconds:0.00} s, {allThreads.SpeedupOver(oneThread):0.00}x as fast as one thread (at most {allThreads.IdealSpeedupOver(oneThread):0.00}x on {Environment.ProcessorCount} cores)");
Twin.Show(SpeedupChart.Build(oneThread, [oneThread, allThreads]));

// The ideal is the core count: with `n` cores, `n` items can truly run at once, so no more than `n` times faster. Threads beyond the core count take turns, which the timeline shows as longer bars.

Twin.Show(TimelineChart.Build(allThreads));

// ### The same in plain .NET
//
// No kit is needed for this. The runner above creates one `Thread` per item, starts them all, then joins them (waits for each to end). Each thread writes its result into its own slot of an array, so no two threads write to the same place.

// Plain .NET: one thread per item, each writing its own slot; all started, then all joined.
// An exception escaping a thread of your own ends the whole process (here, the kernel): catch it inside.
var byThread = new string[items];
var threads = Enumerable.Range(0, items).Select(i => new Thread(() => byThread[i] = cpuWork.Run(i))).ToList();
var clock = Stopwatch.StartNew();
threads.ForEach(t => t.Start());
threads.ForEach(t => t.Join());
Console.WriteLine($"{items} threads of our own: {clock.Elapsed.TotalSeconds:0.00} s (the runner: {allThreads.Wall.TotalSeconds:0.00} s); item 0 found {byThread[0]}");

// ## The same experiment in Python
//
// The kit's own Python script (`data/python/article_runs.py`) runs the same kind of items on one thread, on a thread each, and on a `multiprocessing.Pool`. With `python3` installed it measures them here; without it, the figures come from `data/reference-figures.csv` (the first line says which), and the verdict says the claim was not tested here.

var py = Python.RunOrReference("cpu", items: items, size: LessonScale.Count(200_000, minimum: 20_000));
Console.WriteLine(py.Source);

Twin.Show(ComparisonChart.Build("CPU-bound items: times faster than one thread", "times faster",
[
    new ComparisonBar("Python", "threads", py["threads_speedup"]),
    new ComparisonBar("Python", "processes", py["pool_speedup"]),
    new ComparisonBar("C#", "threads", allThreads.SpeedupOver(oneThread)),
    new ComparisonBar("ideal", "threads", allThreads.IdealSpeedupOver(oneThread)),
    new ComparisonBar("ideal", "processes", allThreads.IdealSpeedupOver(oneThread)),
]));

// The claim is about CPython, so Python's own threads decide it; C#'s threads are the contrast. The judge reads how many cores Python's threads kept busy (their CPU time over their wall time). A busy machine can lower that figure but never raise it, so it tells taking turns from running at once better than one speedup can.

Claims.Record(Judges.GilOneThread(py, oneThread, allThreads));

// ## The GIL as a picture
//
// Two threads per core count primes, and each notes every stretch of time it really ran (a pause of more than half a millisecond between two checks ends a stretch). Each bar below is one stretch. C#'s threads can run at once, as many as there are cores, while the system rotates the rest (on a busy machine, fewer); CPython's threads hand the lock back and forth, so one runs while the others wait, whatever the core count. The line above each chart counts how many ran at once on average.

var csharpTurns = ThreadTurns.CSharp(items, LessonScale.Count(3_000_000, minimum: 300_000));
var pythonTurns = ThreadTurns.Python(items, LessonScale.Count(200_000, minimum: 50_000));
Console.WriteLine($"C# threads: on average {ThreadTurns.AverageRunning(csharpTurns):0.00} of {items} threads running at once");
Console.WriteLine(pythonTurns is null
    ? $"{Python.Describe}: no Python timeline."
    : $"Python threads: on average {ThreadTurns.AverageRunning(pythonTurns):0.00} of {items} threads running at once");
Twin.Show(TimelineChart.Build(csharpTurns, $"C# threads: when each ran ({csharpTurns.Wall.TotalSeconds:0.00} s)"));
if (pythonTurns is not null) Twin.Show(TimelineChart.Build(pythonTurns, $"Python threads: when each ran ({pythonTurns.Wall.TotalSeconds:0.00} s)"));

// ## Exercise: a parallel loop of your own
//
// The cell below runs the items one after another in a plain `for` loop. Each item goes through `watched`, which notes how many items were running at the same moment. Make the loop run the items at the same time, with each result still in its own slot `mine[i]`, run it, then run the check. Any way that does this passes.

// Exercise parallel-loop: run the items at the same time, each result in mine[i].
var watched = ItemWatch.Of(cpuWork);
var mine = new string[items];
for (var i = 0; i < items; i++) // ✎ make this loop run its items at the same time
{
    mine[i] = watched.Run(i);
}
Console.WriteLine($"{mine.Count(r => r is not null)} results kept; the most items running at the same moment: {watched.MostAtOnce} of {items}");

Exercise.Check("parallel-loop", watched.MostAtOnce > 1 && watched.RanEachOnce(items) && mine.SequenceEqual(oneThread.InItemOrder.Select(r => r.Result)),
    look: "Your loop hands out the next item only when the last one is done. The cell under 'The same in plain .NET' shows one way to have every item going at once.",
    nudge: "Start a thread per item and join them all, as that cell does, or let Parallel.For(0, items, i => ...) share the items among the thread pool's threads. Either way, call watched.Run(i) and write its result into mine[i].",
    answer: "Replace the loop with: Parallel.For(0, items, i => mine[i] = watched.Run(i));");

// **What to remember:** in CPython the GIL keeps CPU-bound threads to one core, so Python needs processes. In C# threads use every core; processes are a choice (for isolation), not a necessity.
