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
using ParallelNotebooks.Measuring;
using ParallelNotebooks.Running;
using ParallelNotebooks.Workloads;

Twin.Start("05-one-process-per-item");

// # 05 · One process per item
//
// **Goal:** start one worker process per item, as the article's `Process` class does, and see where the time goes.
// **Time:** 15 minutes.
//
// The article's first parallel version starts a `multiprocessing.Process` for every item, starts them all, then joins them. Each process has its own interpreter, so the items run at the same time: ten waits of two seconds overlap into about two seconds.
//
// `Runners.ProcessPerItem()` does the same in C#: it starts the kit's worker executable once per item, all at once, reads each item's result back over a pipe, and waits for every process to exit. Where the set-up could build it, the worker is compiled ahead of time (native AOT), so a start costs about what a Python fork does.

Lesson.Begin("05 · One process per item");

var wait = LessonScale.Seconds(2);
var article = Workload.Article(wait);
var perItem = await Runners.ProcessPerItem().RunAsync(article, 10);

foreach (var item in perItem.Completed)
{
    Console.WriteLine($"{item.Item} -> {item.Result,-4}  ran in {item.Worker}, {item.Start.TotalMilliseconds,6:0} to {item.End.TotalMilliseconds,6:0} ms");
}

Console.WriteLine($"{perItem.ProcessIds.Count} processes ({(StartCost.UsesNativeWorker ? "native AOT worker" : "managed worker")}); that took {perItem.Wall.TotalSeconds:0.000} s, ideal {perItem.Ideal.TotalSeconds:0.000} s.");
Twin.Show(TimelineChart.Build(perItem));

// Every row is a separate operating-system process. The bars start a little apart: the processes are started one after another, and each takes a moment to come up. That start-up, plus reading the results back, is the gap between the measured time and the ideal.
//
// ## Beside the article, and beside Python here

var articleSeconds = Claims.ScaledSeconds("process-time");
double? pythonSeconds = Python.IsAvailable ? Python.Run("process", items: 10, wait: wait)["seconds"] : null;
Console.WriteLine(pythonSeconds is { } p ? $"Python here ({Python.Describe}): {p:0.000} s" : $"{Python.Describe}; reference: {Reference.Get("python-process-10x2s").Figure} s at full size");

var bars = new List<ComparisonBar>
{
    new("article (Python)", "process per item", articleSeconds),
    new("C# here", "process per item", perItem.Wall.TotalSeconds),
    new("ideal", "process per item", perItem.Ideal.TotalSeconds),
};
if (pythonSeconds is { } measured) bars.Insert(1, new("Python here", "process per item", measured));
Twin.Show(ComparisonChart.Build("10 items x 2 s, one process per item", "seconds", bars));

var overIdeal = perItem.Wall / perItem.Ideal;
Claims.Record("process-time", perItem.Wall.TotalSeconds, overIdeal < 1.25 ? Verdict.Holds : Verdict.DoesNotHold,
    $"Ten processes took {overIdeal:0.00} times the ideal {perItem.Ideal.TotalSeconds:0.000} s (the article's run took {2.23 / 2:0.00} times its ideal).");

// ## Exercise: count the processes
//
// How many processes did the run start? Read it from the report (`perItem.ProcessIds` lists them) rather than guessing.

// Exercise count-processes: how many processes did perItem start?
int started = 0; // ✎ read it from the report

Exercise.Check("count-processes", started == perItem.ProcessIds.Count && started == 10,
    "perItem.ProcessIds holds one process id per started process; its Count is the answer.");

// **What to remember:** one process per item overlaps every item at once, so ten long waits take about one wait. It pays a process start per item, which matters little for long items and a lot for short ones (lesson 07).
