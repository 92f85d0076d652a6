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
//
// ## Exercise: count the processes
//
// How many processes did the run start? Read it from the report (`perItem.ProcessIds` lists them) rather than guessing.

// Exercise count-processes: how many processes did perItem start?
int started = 0; // ✎ read it from the report

Exercise.Check("count-processes", started == perItem.ProcessIds.Count && started == 10,
    look: "The report perItem records every process the run started.",
    nudge: "perItem.ProcessIds holds one process id per started process; a list knows its own length.",
    answer: "int started = perItem.ProcessIds.Count;");

// **What to remember:** one process per item overlaps every item at once, so ten long waits take about one wait. So do threads and tasks, because the items only wait. A process start per item matters little for long items and a lot for short ones (lesson 07).
