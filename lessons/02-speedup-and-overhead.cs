// Lesson twin: ../notebooks/02-speedup-and-overhead.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/02-speedup-and-overhead.cs
// Charts are written as offline pages to output/twins/02-speedup-and-overhead/, and their paths printed.
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

Twin.Start("02-speedup-and-overhead");

// # 02 · What speedup to expect, and what overhead eats
//
// **Goal:** measure what starting a thread, a task and a process costs here, see how that cost eats into the speedup of short items, and meet Amdahl's law.
// **Time:** 20 minutes.
//
// Three workers could, at best, finish a job in a third of the time. In practice something is always lost: every worker has to be started, handed its item and joined, and part of most programs cannot be split at all. This lesson measures the first loss and draws the second.

Lesson.Begin("02 · What speedup to expect");

// ## What one worker costs to start
//
// Each figure is the median of several starts of a worker that does nothing: the pure price of asking for parallelism.

var threadCost = StartCost.Thread();
var taskCost = StartCost.Task();
var processCost = StartCost.WorkerProcess();
Console.WriteLine($"new thread, started and joined:   {StartCost.Describe(threadCost)}");
Console.WriteLine($"task on the thread pool:          {StartCost.Describe(taskCost)}");
Console.WriteLine($"worker process ({(StartCost.UsesNativeWorker ? "native AOT" : "managed, no AOT build")}): {StartCost.Describe(processCost)}");

var py = Python.RunOrReference("startcost");
Console.WriteLine($"Python process: fork {py["fork_ms"]:0.00} ms, spawn {py["spawn_ms"]:0.00} ms ({py.Source})");

Twin.Show(ComparisonChart.Build("Cost of starting one worker", "milliseconds",
[
    new ComparisonBar("C#", "thread", threadCost.TotalMilliseconds),
    new ComparisonBar("C#", "task", taskCost.TotalMilliseconds),
    new ComparisonBar("C#", "process", processCost.TotalMilliseconds),
    new ComparisonBar("Python", "process (fork)", py["fork_ms"]),
    new ComparisonBar("Python", "process (spawn)", py["spawn_ms"]),
]));

// The kit aims for a native C# worker that starts no slower than a Python fork: compare the two bars above (`./bench.sh` measures both side by side and keeps its figures in `data/benchmarks/`). Where the fork wins, the reason is worth knowing: a fork copies a running Python interpreter and loads nothing new, while every C# worker is a new program that the system must load and whose runtime must start. Against Python's *spawn*, the default on macOS and Windows, the native worker is many times faster.
//
// ## Overhead against item length
//
// One process per item, ten items, with items from very short to long. The efficiency is the ideal time over the measured time: 1 would mean no overhead at all. Starting a process costs the same whatever the item does, so it weighs most on short items.

double[] itemSeconds = [0.01, 0.05, 0.2, 1.0];
var efficiencies = new List<double>();
foreach (var seconds in itemSeconds)
{
    var run = await Runners.ProcessPerItem().RunAsync(Workload.Article(LessonScale.Seconds(seconds)), 10);
    efficiencies.Add(run.Efficiency);
    Console.WriteLine($"items of {LessonScale.Seconds(seconds).TotalMilliseconds,6:0} ms: {run.Wall.TotalMilliseconds,6:0} ms measured, {run.Ideal.TotalMilliseconds,6:0} ms ideal, efficiency {run.Efficiency:0.00}");
}

Twin.Show(SweepChart.Build("One process per item: efficiency against item length", "item length (s, before scaling)", "ideal / measured",
    [new SweepSeries("process per item", itemSeconds, efficiencies)]));

Claims.Record(Judges.SpeedupBelowProportional(efficiencies));

// ## Amdahl's law: the part that will not split
//
// If a fraction `p` of a job can run in parallel and the rest cannot, `n` cores give at most `1 / ((1 - p) + p / n)`. The curves below are the law itself, not measurements: even with 99 % of the work parallel, 128 cores give well under 128 times the speed.

int[] coreCounts = [1, 2, 4, 8, 16, 32, 64, 128];
Twin.Show(SweepChart.Build("Amdahl's law: the most speedup n cores can give", "cores", "times faster",
    new[] { 0.5, 0.9, 0.99 }.Select(p => new SweepSeries($"{p:P0} parallel", [.. coreCounts.Select(n => (double)n)], [.. coreCounts.Select(n => Amdahl.Speedup(p, n))]))));

// ## Exercise: write Amdahl's law
//
// Fill in the body of `MySpeedup` so it returns the most speedup `n` cores can give when a fraction `p` of the work runs in parallel.

// Exercise amdahl: the most speedup n cores give when a fraction p of the work runs in parallel.
double MySpeedup(double p, int n) => 1; // ✎ replace 1 with the formula

Exercise.Check("amdahl", new[] { (0.5, 2), (0.9, 8), (0.99, 128), (1.0, 4) }.All(c => Math.Abs(MySpeedup(c.Item1, c.Item2) - Amdahl.Speedup(c.Item1, c.Item2)) < 1e-9),
    look: "Take the time on one core as 1 and split it into the part that cannot be shared and the part that can. Speedup is the old time over the new one.",
    nudge: "On n cores the shared part p takes p / n; the other part, 1 - p, takes as long as before. Watch integer division: keep p a double.",
    answer: "double MySpeedup(double p, int n) => 1 / ((1 - p) + p / n);");

// **What to remember:** a thread costs microseconds, a task less, a process milliseconds. Parallel pays when each item is long compared with that cost, and the serial part of a job caps the speedup however many cores you add.
