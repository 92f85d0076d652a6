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
using System.Diagnostics;
using System.Threading;

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

// ### Timing it yourself in plain .NET
//
// `Stopwatch` is all it takes to time anything: take a timestamp, do the thing, read the time elapsed. Here it times a hundred threads, each started and joined before the next, and divides. That gives a mean, which counts every slow start that the kit's median leaves out, so on a busy machine it can come out well above the median.

// Plain .NET: a timestamp before, the time elapsed after.
var hundredStarted = Stopwatch.GetTimestamp();
for (var n = 0; n < 100; n++)
{
    var thread = new Thread(() => { });
    thread.Start();
    thread.Join();
}
Console.WriteLine($"one thread started and joined, on average: {StartCost.Describe(Stopwatch.GetElapsedTime(hundredStarted) / 100)} (the kit's median above: {StartCost.Describe(threadCost)})");

// ## Overhead against item length
//
// One process per item, ten items, with items from very short to long. The efficiency is the ideal time over the measured time: 1 would mean no overhead at all. Starting a process costs the same whatever the item does, so it weighs most on short items. (Lesson 05 shows how to start such a process yourself, with `Process.Start`.)

double[] itemSeconds = [.. new[] { 0.01, 0.05, 0.2, 1.0 }.Select(s => LessonScale.Seconds(s).TotalSeconds)];
var efficiencies = new List<double>();
foreach (var seconds in itemSeconds)
{
    var run = await Runners.ProcessPerItem().RunAsync(Workload.Article(TimeSpan.FromSeconds(seconds)), 10);
    efficiencies.Add(run.Efficiency);
    Console.WriteLine($"items of {seconds * 1000,6:0.#} ms: {run.Wall.TotalMilliseconds,6:0} ms measured, {run.Ideal.TotalMilliseconds,6:0.#} ms ideal, efficiency {run.Efficiency:0.00}");
}

Twin.Show(SweepChart.Build("One process per item: efficiency against item length", "item length (s)", "ideal / measured",
    [new SweepSeries("process per item", itemSeconds, efficiencies)]));

Claims.Record(Judges.SpeedupBelowProportional(efficiencies));

// ## Amdahl's law: the part that will not split
//
// If a fraction `p` of a job can run in parallel and the rest cannot, `n` cores give at most `1 / ((1 - p) + p / n)`. The curves below are the law itself, not measurements: even with 99 % of the work parallel, 128 cores give well under 128 times the speed.

int[] coreCounts = [1, 2, 4, 8, 16, 32, 64, 128];
Twin.Show(SweepChart.Build("Amdahl's law: the most speedup n cores can give", "cores", "times faster",
    new[] { 0.5, 0.9, 0.99 }.Select(p => new SweepSeries($"{p:P0} parallel", [.. coreCounts.Select(n => (double)n)], [.. coreCounts.Select(n => Amdahl.Speedup(p, n))]))));

// ## Exercise: what a measured speedup says
//
// Amdahl's law goes from the parallel fraction `p` to a speedup. A measurement goes the other way: a run was `s` times faster on `n` workers, so which `p` would explain it? Write `ParallelShare` so that it undoes the law. The check gives it speedups made by the law and wants each `p` back; then it reads the overhead runs above through your function.

// Exercise parallel-share: the parallel fraction p that a speedup s on n workers implies under Amdahl's law.
double ParallelShare(double s, int n) => 0; // ✎ solve the law for p

var shareSolved = Exercise.Check("parallel-share",
    new[] { (0.5, 2), (0.9, 8), (0.99, 128), (0.25, 3) }.All(c => Math.Abs(ParallelShare(Amdahl.Speedup(c.Item1, c.Item2), c.Item2) - c.Item1) < 1e-9),
    look: "Start from the law as written above, speedup = 1 / ((1 - p) + p / n), and treat the speedup as the known value and p as the unknown.",
    nudge: "Flip both sides: 1 / s = (1 - p) + p / n = 1 - p (1 - 1 / n). Now get p on its own. Keep the arithmetic in doubles: 1 / n with an int n is 0.",
    answer: "double ParallelShare(double s, int n) => (1 - 1 / s) / (1 - 1.0 / n);");

// Each overhead run had 10 items on 10 processes: its speedup over the same items one after another is 10 x its efficiency.
if (shareSolved)
{
    foreach (var (seconds, efficiency) in itemSeconds.Zip(efficiencies))
    {
        Console.WriteLine(efficiency * 10 < 1
            ? $"items of {seconds * 1000:0.#} ms: slower than the ten waits one after another; no parallel share explains that: the overhead outweighs the items"
            : $"items of {seconds * 1000:0.#} ms: {efficiency * 10:0.00}x on 10 processes, as if {ParallelShare(efficiency * 10, 10):P1} of the run were parallel and the rest serial");
    }
}

// **What to remember:** a thread costs microseconds, a task less, a process milliseconds. Parallel pays when each item is long compared with that cost, and the serial part of a job caps the speedup however many cores you add.
