// Lesson twin: ../notebooks/11-beyond-one-machine.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/11-beyond-one-machine.cs
// Charts are written as offline pages to output/twins/11-beyond-one-machine/, and their paths printed.
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
using ParallelNotebooks.Cluster;
using ParallelNotebooks.Exporters;
using ParallelNotebooks.Running;
using ParallelNotebooks.Workloads;

Twin.Start("11-beyond-one-machine");

// # 11 · Beyond one machine
//
// **Goal:** run the article's example on a small cluster (Orleans silos, each its own process), see the items spread over the silos, survive a silo's death, and measure when a cluster pays off.
// **Time:** 25 minutes.
//
// The article stops at one machine with 128 cores. Past that, work has to cross machines, and a distributed engine does the dealing out. Here it is Microsoft Orleans: each *silo* is a server process, and each item becomes a call to a *grain* that the cluster places on one of the silos. On one machine the silos talk over loopback ports; pointed at a real membership store (the ADO.NET or Redis clustering packages) the same code runs across machines.

Lesson.Begin("11 · Beyond one machine");

// ## Start a cluster of three silos
//
// Starting silos takes a few seconds each. They stop when the cluster is disposed (the last cell), and also by themselves if this kernel goes away: a silo stops when its standard input, held by the kernel, closes.

var cluster = await LocalCluster.StartAsync(silos: 3, responseTimeout: TimeSpan.FromSeconds(5));
Console.WriteLine($"silos running as processes {string.Join(", ", cluster.SiloProcessIds)}");

// ## The article's example on the cluster

var article = Workload.Article(LessonScale.Seconds(2));
var onCluster = await cluster.Runner().RunAsync(article, 10);
Console.WriteLine($"{onCluster.Strategy}: {onCluster.Wall.TotalSeconds:0.000} s, ideal {onCluster.Ideal.TotalSeconds:0.000} s, results in item order: {string.Join(" ", onCluster.InItemOrder.Select(r => r.Result))}");
Twin.Show(TimelineChart.Build(onCluster));

// Each row is a silo process. The items are dealt out over the silos in turn, like a pool with three workers that never queue: a silo runs many waiting items at once.
//
// ## What a cluster costs per item
//
// A cluster pays for every item with a network round trip, even on loopback. For long items that cost disappears; for tiny items it dominates. We measure it beside a process pool and threads, with items that do nothing at all, while all three silos are healthy.

var tiny = Workload.Article(TimeSpan.Zero);
var tinyItems = LessonScale.IsSmall ? 100 : 1000;
var clusterTiny = await cluster.Runner().RunAsync(tiny, tinyItems);
var poolTiny = await Runners.ProcessPool().RunAsync(tiny, tinyItems);
var threadsTiny = await Runners.ThreadPool().RunAsync(tiny, tinyItems);
double PerItemMs(ParallelNotebooks.Reports.RunReport r) => r.Wall.TotalMilliseconds / r.ItemCount;
foreach (var r in new[] { clusterTiny, poolTiny, threadsTiny })
{
    Console.WriteLine($"{r.Strategy,-22} {tinyItems} tiny items in {r.Wall.TotalSeconds,7:0.000} s: {PerItemMs(r),8:0.000} ms per item");
}

Twin.Show(ComparisonChart.Build($"Cost per tiny item ({tinyItems} items that do nothing)", "milliseconds per item",
[
    new ComparisonBar("cluster", "per item", PerItemMs(clusterTiny)),
    new ComparisonBar("process pool", "per item", PerItemMs(poolTiny)),
    new ComparisonBar("thread pool", "per item", PerItemMs(threadsTiny)),
]));

// A cluster pays off when items are long (seconds, not microseconds) and there is more work than one machine's cores can do: then the per-item cost is noise and every extra machine adds its cores. For short items on one machine, threads win by orders of magnitude.
//
// ## When a silo dies
//
// Now the same run, but one silo is killed while its items are running. The runner notices the calls that fail, and sends those items again to the silos still alive. Every item still finishes exactly once.

var victim = cluster.SiloProcessIds[2];
var running = cluster.Runner().RunAsync(article, 10);
await Task.Delay(LessonScale.Seconds(0.5));
cluster.KillSilo(2);
var survived = await running;
Console.WriteLine($"{survived.Outcome}: {survived.Completed.Count} of 10 items, on {string.Join(", ", survived.WorkerNames)} (silo {victim} was killed), {survived.Wall.TotalSeconds:0.000} s");
Twin.Show(TimelineChart.Build(survived));

// ## Exercise: count the silos that worked
//
// After the silo was killed, how many silos ran items in the `survived` run? Read it from the report.

// Exercise silos-used: how many silos ran items in the survived run?
int silosUsed = 0; // ✎ read it from survived

Exercise.Check("silos-used", silosUsed == survived.WorkerNames.Count && silosUsed == 2,
    "survived.WorkerNames lists each worker (here, each silo) that ran an item; its Count is the answer.");

// ## Stop the cluster

var silos = cluster.SiloProcessIds;
await cluster.DisposeAsync();
Console.WriteLine($"cluster stopped; silo processes still running: {silos.Count(id => { try { return !System.Diagnostics.Process.GetProcessById(id).HasExited; } catch (ArgumentException) { return false; } })}");

// **What to remember:** a cluster spreads items over processes that could live on other machines, and survives losing one of them by sending its items elsewhere. Each item pays for a network call, so clusters are for long items and more work than one machine can hold.
