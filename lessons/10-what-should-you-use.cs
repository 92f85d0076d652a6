// Lesson twin: ../notebooks/10-what-should-you-use.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/10-what-should-you-use.cs
// Charts are written as offline pages to output/twins/10-what-should-you-use/, and their paths printed.
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

Twin.Start("10-what-should-you-use");

// # 10 · What should you use?
//
// **Goal:** measure C#'s answer to each of the article's three cases (I/O-bound work, a GUI, CPU-bound work) and see when processes are still the right tool.
// **Time:** 25 minutes.
//
// The article's advice for Python: threads for I/O and network work (they cost little), threads for a GUI (so the UI thread stays free), processes for CPU-bound work (because of the GIL). C# keeps the first two and changes the third. Each answer below is a short measured run.

Lesson.Begin("10 · What should you use?");

// ## I/O-bound: await it
//
// Forty items that each wait, as a web request would. Tasks that `await` hold no thread while they wait, so forty waits overlap on a handful of threads; a thread per item also overlaps them but pays for forty threads; a process per item overlaps them too but pays for forty process starts. Each is run three times: the differences between tasks and threads are small, so the verdict compares medians against their spread.

// Before the runs, predict: forty waiting items, each on a thread of its own. How long will that take, against tasks that hold no thread while they wait?

var predictedSeconds = double.NaN; // ✎ your prediction for forty items on threads, in seconds
Console.WriteLine($"40 items that wait {LessonScale.Seconds(1).TotalSeconds:0.###} s each.");

var ioWait = LessonScale.Seconds(1);
var io = Workload.Io(ioWait);
const int IoItems = 40;
var ioTasks = await Repeated.RunAsync(Runners.Tasks(), io, IoItems, times: 3);
var ioThreads = await Repeated.RunAsync(Runners.ThreadPerItem(), io, IoItems, times: 3);
var ioProcesses = await Repeated.RunAsync(Runners.ProcessPerItem(), io, IoItems, times: 3);
foreach (var runs in new[] { ioTasks, ioThreads, ioProcesses })
{
    Console.WriteLine(Repeated.Describe(runs));
}

Claims.Record(Judges.ThreadsForIo(ioTasks, ioThreads, ioProcesses));

Prediction.Compare("I/O on threads", predictedSeconds, ioThreads[^1].Wall);

// ### Exercise: make the loop await
//
// A lot of code at work fetches pages like `FetchAll` below: one blocking call after another, each holding its thread for the whole wait. Its calls go to a slow service that can be called two ways, `Call` (blocks) and `CallAsync` (awaitable), and that counts how many calls wait at once.

IReadOnlyList<string> FetchAll(SlowService site, int pages)
{
    var replies = new List<string>();
    for (var page = 0; page < pages; page++)
    {
        replies.Add(site.Call(page));
    }

    return replies;
}

const int Pages = 10;
var pageWait = LessonScale.Seconds(0.5);
var blockingLoop = ServiceLoop.Measure(FetchAll, Pages, pageWait);
Console.WriteLine($"blocking loop: {blockingLoop}");

// Write `FetchAllAsync` so that every page waits at the same time and no call holds a thread, with the replies in page order. The check runs it against a fresh service, counts the waits at once, and sets its time beside the blocking loop's.

// Exercise async-loop: fetch every page at once by awaiting, replies in page order.
Task<IReadOnlyList<string>> FetchAllAsync(SlowService site, int pages)
{
    var replies = new List<string>(); // ✎ make every call wait at the same time
    for (var page = 0; page < pages; page++)
    {
        replies.Add(site.Call(page));
    }

    return Task.FromResult<IReadOnlyList<string>>(replies);
}

var asyncLoop = await ServiceLoop.MeasureAsync(FetchAllAsync, Pages, pageWait);
Console.WriteLine($"your loop:     {asyncLoop}");
Console.WriteLine($"{blockingLoop.Wall / asyncLoop.Wall:0.0}x the blocking loop's speed");
Exercise.Check("async-loop", asyncLoop.AllAtOnce,
    look: "Read the line above: how many calls did your loop have waiting at once, and how many held a thread? Then look at the service's other way to be called.",
    nudge: "Awaiting each call inside the loop still waits for one reply before it asks for the next: async alone is not at the same time. Start every call first, keep the tasks, then await them all together.",
    answer: "async Task<IReadOnlyList<string>> FetchAllAsync(SlowService site, int pages) => await Task.WhenAll(Enumerable.Range(0, pages).Select(page => site.CallAsync(page)));");

// ### The same in plain .NET: throttling with `SemaphoreSlim`
//
// A real service rarely takes every request at once; it asks for a limit. A `SemaphoreSlim` is the usual tool: each call awaits a slot before it starts and gives it back when it ends, and awaiting a slot holds no thread either. Below, the forty items of the runs above, at most eight at a time.

// Plain .NET: forty awaited calls, at most eight at a time.
const int Slots = 8;
var slots = new SemaphoreSlim(Slots);
var throttledService = new SlowService(ioWait);
var throttledClock = Stopwatch.StartNew();
var throttled = await Task.WhenAll(Enumerable.Range(0, IoItems).Select(async item =>
{
    await slots.WaitAsync();
    try
    {
        return await throttledService.CallAsync(item);
    }
    finally
    {
        slots.Release();
    }
}));
slots.Dispose();
Console.WriteLine($"{throttled.Length} replies, at most {throttledService.PeakWaits} waiting at once, {throttledClock.Elapsed.TotalSeconds:0.000} s: {throttledClock.Elapsed / ioWait:0.0} waits of {ioWait.TotalSeconds:0.###} s, against {Math.Ceiling((double)IoItems / Slots)} if every slot stayed busy.");

// ### How far does awaiting go?
//
// A task that awaits is a small object on the heap until its wait ends; a thread is a stack the system reserves and a
// thread it schedules, for as long as it waits. The next cell holds many waits at once, first on tasks, then on a thread
// per item, at the same counts, and measures the time and memory each costs. Threads stop at a count this machine can
// hold safely: the line above the table says which limit stopped them (a ceiling set here, a system limit, free memory
// or a time budget), so no laptop runs out of memory. Tasks go on to the full count.

var waits = ConcurrentWaits.Measure(count: LessonScale.Count(100_000, minimum: 10_000), maxThreads: LessonScale.Count(10_000, minimum: 1_000));
Console.WriteLine(waits.ThreadLimit);
Twin.Show(waits.ToTable());

// ## A GUI: keep the UI thread free
//
// A stand-in UI thread handles a tick every 10 ms, as a window handles paint and input. While a CPU-bound computation runs *on* the UI thread, no tick runs: the window freezes. Handed to the thread pool with `Task.Run`, the ticks keep coming.

var heavy = Workload.CpuBound(LessonScale.Count(3_000_000, minimum: 300_000));
var tick = TimeSpan.FromMilliseconds(10);
var frozen = Responsiveness.WorstTickDelay(() => heavy.Run(0), offload: false, tick);
var responsive = Responsiveness.WorstTickDelay(() => heavy.Run(0), offload: true, tick);
Console.WriteLine($"work on the UI thread:  worst tick {frozen.TotalMilliseconds:0} ms late");
Console.WriteLine($"work handed to a task:  worst tick {responsive.TotalMilliseconds:0} ms late");

Claims.Record(Judges.ThreadsForGui(frozen, responsive, tick));

// ## CPU-bound: threads first, processes when you need isolation

var cpu = Workload.CpuBound(LessonScale.Count(1_500_000, minimum: 100_000));
var items = 4 * Environment.ProcessorCount;
var cpuSerial = await Repeated.RunAsync(Runners.Serial(), cpu, items, times: 3);
var cpuParallel = await Repeated.RunAsync(Runners.ThreadPool(), cpu, items, times: 3);
var cpuProcesses = await Repeated.RunAsync(Runners.ProcessPool(), cpu, items, times: 3);
Console.WriteLine($"Parallel.For: {Repeated.Speedups(cpuParallel, cpuSerial).Describe(unit: "x")} over serial");
Console.WriteLine($"process pool: {Repeated.Speedups(cpuProcesses, cpuSerial).Describe(unit: "x")} over serial");
Claims.Record(Judges.ProcessesForCpu(cpuSerial, cpuParallel, cpuProcesses));

// Processes still earn their place when one item can bring down everything else. An item that crashes its worker process stops the run, but the notebook's own process (the kernel) carries on and the report says exactly what was lost:

var crashing = Workload.FailingAt(3, TimeSpan.Zero, Workload.Article(LessonScale.Seconds(0.2)));
var isolated = await Runners.ProcessPool().RunAsync(crashing, 10);
Console.WriteLine($"{isolated.Outcome}: {isolated.Failure}");
Console.WriteLine($"finished before the stop: {string.Join(", ", isolated.InItemOrder.Select(r => r.Item))}; not finished: {string.Join(", ", isolated.Unfinished)}");

// Inside one process a failing item kills nothing either: its exception comes back to the code that waited, as lesson 03 showed with `Task.WhenAll` and `Parallel.For`. What a process adds is a wall around failures that take their whole process down, the way the unhandled exception above ended its worker: a crash in native code, `Environment.FailFast`, running out of memory. Inside the kernel's process, any of those would have ended the notebook.

// ## The decision, measured

// Overlap: how many waits' worth of items finished per wait of wall time (the median run); IoItems would be perfect.
double Overlap(IReadOnlyList<RunReport> runs) => IoItems * ioWait.TotalSeconds / Repeated.Walls(runs).Median;
Twin.Show(ComparisonChart.Build("Each choice against one item after another, measured here (medians of three runs)", "times faster",
[
    new ComparisonBar("tasks (await)", "I/O-bound", Overlap(ioTasks)),
    new ComparisonBar("threads", "I/O-bound", Overlap(ioThreads)),
    new ComparisonBar("processes", "I/O-bound", Overlap(ioProcesses)),
    new ComparisonBar("threads", "CPU-bound", Repeated.Speedups(cpuParallel, cpuSerial).Median),
    new ComparisonBar("processes", "CPU-bound", Repeated.Speedups(cpuProcesses, cpuSerial).Median),
]));

// | work | Python's answer | C#'s answer |
// |---|---|---|
// | I/O or network | threads | `async`/`await` (tasks); threads for blocking APIs |
// | GUI | a worker thread | `await Task.Run(...)` from the UI thread |
// | CPU-bound | processes (the GIL) | `Parallel.For`, PLINQ or threads |
// | untrusted or crash-prone work | processes | processes, for isolation |

// **What to remember:** await I/O, keep the UI thread free with `Task.Run`, use `Parallel` or threads for CPU-bound work, and reach for processes when you need isolation rather than speed.
