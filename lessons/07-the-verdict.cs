// Lesson twin: ../notebooks/07-the-verdict.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/07-the-verdict.cs
// Charts are written as offline pages to output/twins/07-the-verdict/, and their paths printed.
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
using ParallelNotebooks.Exporters;
using ParallelNotebooks.Running;
using ParallelNotebooks.Workloads;

Twin.Start("07-the-verdict");

// # 07 · The verdict: per-item processes or a pool?
//
// **Goal:** measure where one process per item wins and where the pool wins, and watch the finishing order change from run to run.
// **Time:** 25 minutes.
//
// The article's verdict: with fewer than ten cores, one process per item beats the pool on the example, because every item starts at once instead of queueing. Remove the sleep, and the pool wins, because starting a process per item then costs more than the items themselves. Here both halves are measured rather than asserted.

Lesson.Begin("07 · The verdict");

// ## Long items: the article's example

var longItems = Workload.Article(LessonScale.Seconds(2));
var serial = await Runners.Serial().RunAsync(longItems, 10);
var perItemLong = await Runners.ProcessPerItem().RunAsync(longItems, 10);
var poolLong = await Runners.ProcessPool().RunAsync(longItems, 10);
Console.WriteLine(MarkdownExporter.Table(serial, [serial, perItemLong, poolLong]));
Twin.Show(SpeedupChart.Build(serial, [perItemLong, poolLong]));

var longRatio = poolLong.Wall / perItemLong.Wall;
// The claim speaks of machines with fewer than 10 cores; with 10 or more, the default pool has a worker per item.
Claims.Record("process-beats-pool", longRatio, longRatio > 1 || Environment.ProcessorCount >= 10 ? Verdict.Holds : Verdict.DoesNotHold,
    $"On {Environment.ProcessorCount} cores the pool took {longRatio:0.00} times as long as one process per item on 10 long items.");

// ## Remove the sleep: many tiny items
//
// Now the items do no waiting at all. We sweep the item count: every extra item costs one process start for the per-item runner, but only a line on a pipe for the pool.

var noWait = Workload.Article(TimeSpan.Zero);
int[] counts = [10, 50, LessonScale.IsSmall ? 100 : 200, LessonScale.IsSmall ? 200 : 1000];
var perItemSeconds = new List<double>();
var poolSeconds = new List<double>();
foreach (var count in counts)
{
    var perItem = await Runners.ProcessPerItem().RunAsync(noWait, count);
    var pooled = await Runners.ProcessPool().RunAsync(noWait, count);
    perItemSeconds.Add(perItem.Wall.TotalSeconds);
    poolSeconds.Add(pooled.Wall.TotalSeconds);
    Console.WriteLine($"{count,5} items: process per item {perItem.Wall.TotalSeconds,7:0.000} s, pool {pooled.Wall.TotalSeconds,7:0.000} s, pool {perItem.Wall / pooled.Wall,5:0.0}x faster");
}

Twin.Show(SweepChart.Build("No sleep: wall time against item count", "items", "seconds",
[
    new SweepSeries("process per item", [.. counts.Select(c => (double)c)], perItemSeconds),
    new SweepSeries("process pool", [.. counts.Select(c => (double)c)], poolSeconds),
]));

var tinyRatio = perItemSeconds[^1] / poolSeconds[^1];
string pythonNote;
if (Python.IsAvailable)
{
    var py = Python.Run("nosleep", items: counts[^1]);
    pythonNote = $"Python here: pool {py["process_seconds"] / py["pool_seconds"]:0.0}x faster on {counts[^1]} items.";
}
else
{
    pythonNote = $"{Python.Describe}; reference: Python's pool {Reference.Get("python-pool-vs-process-1000-tiny").Figure}x faster on 1000 items.";
}

Console.WriteLine(pythonNote);
Claims.Record("pool-beats-process-tiny-items", tinyRatio, tinyRatio > 1 ? Verdict.Holds : Verdict.DoesNotHold,
    $"Without waits, on {counts[^1]} items the pool was {tinyRatio:0.0}x faster than one process per item. {pythonNote}");

// ## The finishing order changes
//
// Run the same ten items on one process per item three times and list the items in the order they finished. Every result is the same each time; the order is not, because nothing decides which process the system runs first.

var shortItems = Workload.Article(LessonScale.Seconds(0.2));
var orders = new List<string>();
for (var run = 1; run <= 3; run++)
{
    var report = await Runners.ProcessPerItem().RunAsync(shortItems, 10);
    var order = string.Join(" ", report.Completed.Select(r => r.Item));
    orders.Add(order);
    Console.WriteLine($"run {run}: {order}   (results in item order: {string.Join(" ", report.InItemOrder.Select(r => r.Result[0]))})");
}

var distinct = orders.Distinct().Count();
Claims.Record("order-changes", distinct, distinct > 1 ? Verdict.Holds : Verdict.DoesNotHold,
    $"Three runs of one process per item finished in {distinct} different orders; the results in item order were the same each time.");

// ## Exercise: choose the runner
//
// You have 5000 tiny items that do no waiting. From what you measured above, which runner should run them? Set `choice` to it.

// Exercise choose-runner: which runner suits many tiny items?
Runner choice = Runners.ProcessPerItem(); // ✎ change this line

Exercise.Check("choose-runner", choice.Strategy == "process pool" && poolSeconds[^1] < perItemSeconds[^1],
    "Look at the sweep: which line stays low as the item count grows? That runner starts its processes once.");

// **What to remember:** one process per item wins when items are few and long (nothing queues); a pool wins when items are many and short (processes start once). Either way, the finishing order is not yours to choose, so collect results by item.
