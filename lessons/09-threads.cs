// Lesson twin: ../notebooks/09-threads.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/09-threads.cs
// Charts are written as offline pages to output/twins/09-threads/, and their paths printed.
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
using System.Diagnostics;
using System.Threading;
using ParallelNotebooks;
using ParallelNotebooks.Charts;

Twin.Start("09-threads");

// # 09 · Threads: what the GIL takes away, and C# gives back
//
// **Goal:** redo the article's two-thread example in C#, measure CPU-bound threads scaling across cores, and meet the thread pool's trap with blocking work, and its fix.
// **Time:** 25 minutes.
//
// A thread is a separate flow of execution inside one process: it shares the process's memory, so starting one is cheap and handing it data costs nothing. In CPython the GIL lets only one thread run Python code at a time, so threads take turns. In C# they run at the same time, one per core.

Lesson.Begin("09 · Threads");

// ## The article's two threads, in C#
//
// Two threads each print the time a few times: the first every second, the second every two seconds. Their lines interleave because both run at once. (Waits are scaled like every wait of the lessons.)

var clock = Stopwatch.StartNew();
Thread Ticker(string name, int times, TimeSpan delay) => new(() =>
{
    Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.00} s  starting {name}");
    for (var i = 0; i < times; i++)
    {
        Thread.Sleep(delay);
        Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.00} s  {name}");
    }

    Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.00} s  leaving {name}");
});

var first = Ticker("thread 1", 5, LessonScale.Seconds(1));
var second = Ticker("thread 2", 5, LessonScale.Seconds(2));
first.Start();
second.Start();
first.Join();
second.Join();
Console.WriteLine($"both done after {clock.Elapsed.TotalSeconds:0.00} s: about the longer thread's five waits ({5 * LessonScale.Seconds(2).TotalSeconds:0.00} s), not both threads' waits in turn ({5 * LessonScale.Seconds(1).TotalSeconds + 5 * LessonScale.Seconds(2).TotalSeconds:0.00} s)");

// The article's Python version gives the same picture, because these threads only *wait*: a waiting Python thread lets go of the GIL (lesson 05 measured Python threads overlapping sleeps). The difference shows when threads compute.
//
// ## CPU-bound threads scale across cores
//
// The same CPU-bound items on 1, 2, 4 ... threads (the thread pool, with its parallelism capped), each time against one thread; then the kit's Python script does the same on a pool of 1, 2, 4 ... Python threads, one measurement per thread count. The claim is about Python, so Python's threads decide the verdict, from the most cores they kept busy at any thread count (CPU time over wall time, which a busy machine can only lower); C#'s are the contrast.

var cpuWork = Workload.CpuBound(LessonScale.Count(3_000_000, minimum: 150_000));
var items = 4 * Environment.ProcessorCount;
var serial = await Runners.Serial().RunAsync(cpuWork, items);
var threadCounts = Enumerable.Range(0, 8).Select(i => 1 << i).TakeWhile(n => n <= 2 * Environment.ProcessorCount).ToList();
var speedups = new List<double>();
foreach (var threads in threadCounts)
{
    var run = await Runners.ThreadPool(new ThreadPoolOptions { MaxDegreeOfParallelism = threads }).RunAsync(cpuWork, items);
    speedups.Add(run.SpeedupOver(serial));
    Console.WriteLine($"{threads,3} threads: {run.Wall.TotalSeconds:0.000} s, {run.SpeedupOver(serial):0.00}x");
}

var py = Python.RunOrReference("cpusweep", items: items, size: LessonScale.Count(200_000, minimum: 20_000), threads: threadCounts);
Console.WriteLine($"Python threads on the same kind of items, speedup by thread count: {string.Join(", ", py.ThreadSpeedups.Select(p => $"{p.Threads}: {p.Speedup:0.00}x"))} ({py.Source})");

Twin.Show(SweepChart.Build("CPU-bound items: speedup against threads", "threads", "times faster",
[
    new SweepSeries("C# threads, measured", [.. threadCounts.Select(n => (double)n)], speedups),
    new SweepSeries("ideal: min(threads, cores)", [.. threadCounts.Select(n => (double)n)], [.. threadCounts.Select(n => (double)Math.Min(n, Environment.ProcessorCount))]),
    new SweepSeries($"{py.Label}: threads (GIL)", [.. py.ThreadSpeedups.Select(p => (double)p.Threads)], [.. py.ThreadSpeedups.Select(p => p.Speedup)]),
]));

Claims.Record(Judges.ThreadsNotSimultaneous(py, threadCounts, speedups));

// ## The thread pool's trap: blocking items
//
// `Parallel.For` runs on the .NET thread pool, which starts with one thread per core and adds more only slowly (the timeline below shows the queue). Items that *block* (sleep, wait for a lock or a synchronous call) hold their threads while doing nothing, so ten blocking items on two cores queue much as in a small pool. Three fixes: raise the pool's minimum thread count, give each item its own thread, or make the item *await* instead of block, so it holds no thread at all.

// Before the run, predict: ten items that each block a thread, on the default thread pool of this machine. How long will the pool take?

var predictedSeconds = double.NaN; // ✎ your prediction for the default thread pool, in seconds
Console.WriteLine($"10 items that block {LessonScale.Seconds(2).TotalSeconds:0.###} s each, {Environment.ProcessorCount} cores.");

var blocking = Workload.Article(LessonScale.Seconds(2));
var trapSerial = await Runners.Serial().RunAsync(blocking, 10, Twin.Progress("serial baseline"));
var trap = await Runners.ThreadPool().RunAsync(blocking, 10);
var raised = await Runners.ThreadPool(new ThreadPoolOptions { RaiseMinThreads = true }).RunAsync(blocking, 10);
var ownThreads = await Runners.ThreadPerItem().RunAsync(blocking, 10);
var tasks = await Runners.Tasks().RunAsync(blocking, 10);
Console.WriteLine(MarkdownExporter.Table(trapSerial, [trap, raised, ownThreads, tasks]));
Twin.Show(TimelineChart.Build(trap));
Twin.Show(SpeedupChart.Build(trapSerial, [trap, raised, ownThreads, tasks]));

Prediction.Compare("thread-pool time", predictedSeconds, trap.Wall);

// ### The same in plain .NET: `Parallel.ForEachAsync`
//
// At work you would not need the kit's runner for this. `Parallel.ForEachAsync` runs an *async* body for each item, so an item that awaits holds no thread; `MaxDegreeOfParallelism` says how many run at a time (left out, it is one per core). The cell below runs the same ten waits that way, as calls to a slow service that counts how many of its calls are waiting at once (the exercise below calls it too).

// Plain .NET: ten awaited waits through Parallel.ForEachAsync, at most ten at a time; the pool's minimum is left alone.
var counted = new SlowService(LessonScale.Seconds(2)); // each call waits, and the service counts the calls waiting at once
var forEachClock = Stopwatch.StartNew();
await Parallel.ForEachAsync(Enumerable.Range(0, 10), new ParallelOptions { MaxDegreeOfParallelism = 10 },
    async (item, token) => await counted.CallAsync(item, token));
Console.WriteLine($"Parallel.ForEachAsync: {forEachClock.Elapsed.TotalSeconds:0.000} s for 10 waits of {counted.Wait.TotalSeconds:0.###} s, at most {counted.PeakWaits} waiting at once.");

// ## Exercise: spring the trap without more threads
//
// The runs above fixed the trap with more threads, or by awaiting. Now do it in code of your own. Below, five requests per core, each waiting 2 s (scaled like every wait), are served on as many threads as this machine has cores, and that number never grows: the thread pool as it starts, before it injects more. Each request calls a slow service through its blocking door, `service.Call`, so each wait holds one of the few threads and the requests queue, as the blocking items did above.
//
// Change `Handle` so that all the requests wait at once on those same few threads: no extra threads, no raised minimum, no thread per request. The check runs your handler and counts how many calls were waiting at the same moment, and how many held a thread while they waited.

// Exercise fix-trap: make all the requests wait at once on a few threads.
var service = new SlowService(LessonScale.Seconds(2));
Task<string> Handle(int request) // ✎ change this handler
{
    var reply = service.Call(request); // holds this thread for the whole wait
    return Task.FromResult(reply);
}

var served = await FewThreads.ServeAsync(Handle, requests: 5 * Environment.ProcessorCount, service);
Console.WriteLine(served);

Exercise.Check("fix-trap", served.AllAtOnce,
    look: "Look at what Handle's thread does while the service is busy, and at the other ways SlowService can be called.",
    nudge: "A call that is awaited gives its thread back until the reply comes. The handler has to become async to await.",
    answer: "async Task<string> Handle(int request) => await service.CallAsync(request);");

// **What to remember:** C# threads compute in parallel, so CPU-bound work scales with cores without processes. The thread pool is tuned for short, busy items; for items that block, give them threads of their own or let them await.
