// Lesson twin: ../notebooks/05-one-process-per-item.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/05-one-process-per-item.cs
// Charts are written as offline pages to output/twins/05-one-process-per-item/, and their paths printed.
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

Twin.Start("05-one-process-per-item");

// # 05 · One process per item
//
// **Goal:** start one worker process per item, as the article's `Process` class does, see where the time goes, and find out what the article's example really measures.
// **Time:** 20 minutes.
//
// The article's first parallel version starts a `multiprocessing.Process` for every item, starts them all, then joins them. Each process has its own interpreter and its own GIL, so nothing stops the items from running at the same time. Ten waits of two seconds then overlap into about two seconds. But the items only *sleep*, and a sleeping item holds no core and, in Python, no GIL: this lesson also measures whether processes are needed for that at all.
//
// `Runners.ProcessPerItem()` does the same in C#: it starts the kit's worker executable once per item, all at once, reads each item's result back over a pipe, and waits for every process to exit. Where the set-up could build it, the worker is compiled ahead of time (native AOT), so a start costs a few milliseconds, close to a Python fork (lesson 02 measures both on this machine).

Lesson.Begin("05 · One process per item");

// ## Predict first
//
// Before the run: ten items that each wait, each in a process of its own, all started at once. How long will the whole run take on this machine? Write your answer in seconds; the line below it says how long one item waits here.

var predictedSeconds = double.NaN; // ✎ your prediction for the whole run, in seconds
Console.WriteLine($"Each of the 10 items waits {LessonScale.Seconds(2).TotalSeconds:0.###} s.");

var wait = LessonScale.Seconds(2);
var article = Workload.Article(wait);
var perItem = await Runners.ProcessPerItem().RunAsync(article, 10);

foreach (var item in perItem.Completed)
{
    Console.WriteLine($"{item.Item} -> {item.Result,-4}  ran in {item.Worker}, {item.Start.TotalMilliseconds,6:0} to {item.End.TotalMilliseconds,6:0} ms");
}

Console.WriteLine($"{perItem.ProcessIds.Count} processes ({(StartCost.UsesNativeWorker ? "native AOT worker" : "managed worker")}); that took {perItem.Wall.TotalSeconds:0.000} s, ideal {perItem.Ideal.TotalSeconds:0.000} s.");
Twin.Show(TimelineChart.Build(perItem));

Prediction.Compare("per-item time", predictedSeconds, perItem.Wall);

// Every row is a separate operating-system process. The bars start a little apart: the processes are started one after another, and each takes a moment to come up. That start-up, plus reading the results back, is the gap between the measured time and the ideal.
//
// ### The same in plain .NET: one child process
//
// `Process.Start` starts a program; redirecting its standard output gives the parent a pipe to read what the child writes. The child here is the kit's worker, told to run item 3 (`KitWorker.ForItem` only names the program and its arguments); any program is started the same way.

// Plain .NET: start a child, read its answer through a pipe, wait for it to exit.
var start = KitWorker.ForItem(article, 3);
start.RedirectStandardInput = true;  // a pipe we hold open: the worker exits when it closes, so it cannot outlive us
start.RedirectStandardOutput = true; // what the child writes comes back through this pipe
var childClock = Stopwatch.StartNew();
using (var child = Process.Start(start)!)
{
    var answer = KitWorker.Read((await child.StandardOutput.ReadLineAsync())!);
    await child.WaitForExitAsync();
    Console.WriteLine($"process {answer.ProcessId} said item {answer.Item} is {answer.Result}, exited with code {child.ExitCode}, {childClock.Elapsed.TotalSeconds:0.000} s after the start");
}

// ## Is it the processes? The same sleeping items on threads
//
// The article's example, run the same way on Python threads (the kit's script), on C# threads and on C# tasks, beside the processes. If processes were what made the items overlap, the threads would take as long as the serial loop of lesson 04.

var pyProcesses = Python.RunOrReference("process", items: 10, wait: wait);
var pyThreads = Python.RunOrReference("threads", items: 10, wait: wait);
var threads = await Runners.ThreadPerItem().RunAsync(article, 10);
var tasks = await Runners.Tasks().RunAsync(article, 10);
Console.WriteLine(pyThreads.Source);

Twin.Show(ComparisonChart.Build("10 sleeping items x 2 s: processes, threads, tasks", "seconds",
[
    new ComparisonBar("article (Python)", "processes", Claims.ScaledSeconds("process-time")),
    new ComparisonBar(pyProcesses.Label, "processes", pyProcesses["seconds"]),
    new ComparisonBar(pyThreads.Label, "threads", pyThreads["seconds"]),
    new ComparisonBar("C# here", "processes", perItem.Wall.TotalSeconds),
    new ComparisonBar("C# here", "threads", threads.Wall.TotalSeconds),
    new ComparisonBar("C# here", "tasks", tasks.Wall.TotalSeconds),
    new ComparisonBar("ideal", "processes", perItem.Ideal.TotalSeconds),
]));

Claims.Record(Judges.ProcessTime(perItem, Claims.ScaledSeconds("process-time"), threads.Wall.TotalSeconds));

// **What this means for the article's benchmark:** its items sleep, and a sleeping item needs no core and, in Python, releases the GIL. So the example measures how well each method *overlaps waiting*, not how well it uses the cores. Python threads, C# threads and tasks overlap waits as well as processes do, at a fraction of the start-up cost. The article's case for processes (the GIL) is about CPU-bound work, which lessons 01, 07 and 09 measure.

// ### Tasks in plain .NET, two ways
//
// `Task.WhenAll` over one task per item starts every item at once, as the tasks runner does. `Parallel.ForEachAsync` hands out the items itself and, unless its `ParallelOptions` say otherwise, keeps at most one item per core in flight. The cell below runs the same items both ways; `paced` notes how many of the second way's items were in flight at the same moment.

// Plain .NET: awaiting, not blocking.
var tasksClock = Stopwatch.StartNew();
var whenAllResults = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => article.RunAsync(i)));
var whenAllTime = tasksClock.Elapsed;

var paced = ItemWatch.Of(article);
tasksClock.Restart();
await Parallel.ForEachAsync(Enumerable.Range(0, 10), async (i, _) => await paced.RunAsync(i));
Console.WriteLine($"Task.WhenAll: {whenAllTime.TotalSeconds:0.000} s for {whenAllResults.Length} items");
Console.WriteLine($"Parallel.ForEachAsync: {tasksClock.Elapsed.TotalSeconds:0.000} s, at most {paced.MostAtOnce} items in flight on {Environment.ProcessorCount} cores");

// A cap of your own, for any async work (calls to a service that allows three at a time, say): a `SemaphoreSlim` with three places. Each item waits for a place, runs, and gives the place back in a `finally`, so a failing item cannot keep it.

// Plain .NET: at most three items in flight, whatever starts them.
var places = new SemaphoreSlim(3);
var capped = ItemWatch.Of(article);
tasksClock.Restart();
await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
{
    await places.WaitAsync();
    try { return await capped.RunAsync(i); }
    finally { places.Release(); }
}));
Console.WriteLine($"SemaphoreSlim(3): {tasksClock.Elapsed.TotalSeconds:0.000} s, at most {capped.MostAtOnce} items in flight");

// ## Exercise: one process per item, by hand
//
// The cell below starts one child per item, as the plain .NET cell above did, but it waits for each child before it starts the next, so the items never overlap. Make it start all ten children first and only then collect their lines, each into `lines[i]`. The check reads the children's own lines: the item and result, the process id, and when the item started and ended. The line the cell prints sets your time beside one item's wait, the ideal when all ten overlap.

// Exercise by-hand: start ten children at once, one per item, and keep item i's line in lines[i].
var quick = Workload.Article(LessonScale.Seconds(1));
var lines = new string?[10];
var handClock = Stopwatch.StartNew();
for (var i = 0; i < 10; i++) // ✎ start every child before you read any line
{
    var info = KitWorker.ForItem(quick, i);
    info.RedirectStandardInput = true;
    info.RedirectStandardOutput = true;
    using var worker = Process.Start(info)!;
    lines[i] = await worker.StandardOutput.ReadLineAsync();
    await worker.WaitForExitAsync();
}
Console.WriteLine($"{handClock.Elapsed.TotalSeconds:0.000} s for ten items that each wait {quick.ItemTime!.Value.TotalSeconds:0.###} s");

Exercise.Check("by-hand", KitWorker.RanTogether(lines, [.. perItem.InItemOrder.Select(r => r.Result)]),
    look: "The loop waits for each child's line, and for its exit, before it starts the next child: at most one item is ever running.",
    nudge: "Split the loop in two. The first starts all ten children and keeps their Process objects in a list; the second reads each child's line into lines[i] and waits for it to exit.",
    answer: "var children = Enumerable.Range(0, 10).Select(i => { var info = KitWorker.ForItem(quick, i); info.RedirectStandardInput = true; info.RedirectStandardOutput = true; return Process.Start(info)!; }).ToList(); then for each i: lines[i] = await children[i].StandardOutput.ReadLineAsync(); await children[i].WaitForExitAsync();");

// **What to remember:** one process per item overlaps every item at once, so ten long waits take about one wait. So do threads and tasks, because the items only wait. A process start per item matters little for long items and a lot for short ones (lesson 07).
