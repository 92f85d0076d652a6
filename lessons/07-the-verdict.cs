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

Twin.Start("07-the-verdict");

// # 07 · The verdict: per-item processes or a pool?
//
// **Goal:** measure where one process per item wins and where the pool wins, test the article's reason for the pool, and watch the finishing order change from run to run.
// **Time:** 25 minutes.
//
// The article's verdict: with fewer than ten cores, one process per item beats the pool on the example, because every item starts at once instead of queueing. Remove the sleep, and the pool wins, because starting a process per item then costs more than the items themselves. The article also gives the pool's reason to exist: it feeds each worker one piece at a time *so that processes do not compete for the CPU*. Here each of these is measured rather than asserted, with each race run three times so that a difference can be told from the noise.

Lesson.Begin("07 · The verdict");

// ## Long items: the article's example

var longItems = Workload.Article(LessonScale.Seconds(2));
var serial = await Runners.Serial().RunAsync(longItems, 10);
var perItemLong = await Repeated.RunAsync(Runners.ProcessPerItem(), longItems, 10, times: 3);
var poolLong = await Repeated.RunAsync(Runners.ProcessPool(), longItems, 10, times: 3);
Console.WriteLine(Repeated.Describe(perItemLong));
Console.WriteLine(Repeated.Describe(poolLong));
Console.WriteLine(MarkdownExporter.Table(serial, [serial, perItemLong[^1], poolLong[^1]]));
Twin.Show(SpeedupChart.Build(serial, [perItemLong[^1], poolLong[^1]]));

Claims.Record(Judges.ProcessBeatsPool(perItemLong, poolLong));

// ## Remove the sleep: many tiny items
//
// Now the items do no waiting at all. We sweep the item count: every extra item costs one process start for the per-item runner, but only a line on a pipe for the pool. The largest count is then run three times on each for the verdict.

// Before the sweep, predict: how long will one process per item take on the largest count of tiny items? Each item costs almost nothing to run, so think of what each one costs to start (lesson 02 measured a process start on this machine).

var predictedSeconds = double.NaN; // ✎ your prediction for one process per item on the largest count, in seconds
Console.WriteLine($"The largest count is {(LessonScale.IsSmall ? 200 : 1000)} items.");

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

Prediction.Compare("per-item time on tiny items", predictedSeconds, TimeSpan.FromSeconds(perItemSeconds[^1]));

var perItemTiny = await Repeated.RunAsync(Runners.ProcessPerItem(), noWait, counts[^1], times: 3);
var poolTiny = await Repeated.RunAsync(Runners.ProcessPool(), noWait, counts[^1], times: 3);
var py = Python.RunOrReference("nosleep", items: counts[^1]);
Console.WriteLine($"Python: pool {py["pool_speedup"]:0.0}x faster than one process per item on {(py.MeasuredHere ? counts[^1] : 1000)} items ({py.Source})");
Claims.Record(Judges.PoolBeatsProcessTinyItems(perItemTiny, poolTiny));

// ## CPU-bound items: do competing processes cost time?
//
// Now items that compute. One process per item starts them all at once, so they share the cores and each takes longer; the pool gives each core one worker, so no item waits for a core while it runs, but items wait in the queue instead. The timelines show both; the verdict compares the wall times over three runs each.

var cpuItems = Workload.CpuBound(LessonScale.Count(2_000_000, minimum: 100_000));
var cpuCount = 4 * Environment.ProcessorCount;
var perItemCpu = await Repeated.RunAsync(Runners.ProcessPerItem(), cpuItems, cpuCount, times: 3);
var poolCpu = await Repeated.RunAsync(Runners.ProcessPool(), cpuItems, cpuCount, times: 3);
Console.WriteLine(Repeated.Describe(perItemCpu));
Console.WriteLine(Repeated.Describe(poolCpu));
Twin.Show(TimelineChart.Build(perItemCpu[^1]));
Twin.Show(TimelineChart.Build(poolCpu[^1]));

Claims.Record(Judges.PoolSparesCompetition(perItemCpu, poolCpu));

// ## The finishing order changes
//
// Run the same ten items on one process per item three times and read each run's finishing order from the items' end times. The results are compared item by item; the orders are compared as they came.

var shortItems = Workload.Article(LessonScale.Seconds(0.2));
var orderRuns = await Repeated.RunAsync(Runners.ProcessPerItem(), shortItems, 10, times: 3);
foreach (var (run, number) in orderRuns.Select((r, i) => (r, i + 1)))
{
    Console.WriteLine($"run {number}: {FinishingOrder.Describe(FinishingOrder.Of(run))}");
}

Claims.Record(Judges.OrderChanges(orderRuns));

// ## Exercise: find this machine's crossover
//
// On the article's long items one process per item wins; with no wait at all the pool wins. So somewhere in between, as the items get shorter, one process per item stops beating the pool. Where depends on what a process start costs here, so find it by racing. `Crossover.RaceAsync(length, raceItems)` races the two runners at one item length, three runs each, and says which won; the cell below races once at 1 ms to show you a line.
//
// Write a search that sets `crossover` to the item length where the winner changes. The check races well below your length, where the pool must win, and well above it, where one process per item must win.

// Exercise crossover: find the item length where one process per item stops beating the pool.
// Forty items at least: with fewer, the pool's lead on short items is a few ms, within a busy machine's noise.
var raceItems = Math.Max(40, 4 * Environment.ProcessorCount);
var crossover = TimeSpan.Zero; // ✎ search for it with Crossover.RaceAsync(length, raceItems)
Console.WriteLine(await Crossover.RaceAsync(TimeSpan.FromMilliseconds(1), raceItems));

var crossing = await Crossover.CheckAsync(crossover, raceItems);
Console.WriteLine(crossing);
Exercise.Check("crossover", crossing.Holds,
    look: "Race several item lengths, from a fraction of a millisecond up to about a hundred, and watch where the winner changes.",
    nudge: "Loop over lengths that double each time (0.25 ms, 0.5 ms, 1 ms, ...), await Crossover.RaceAsync at each, and stop at the first where PerItemWins is true.",
    answer: "foreach (var ms in new[] { 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128 }) { var race = await Crossover.RaceAsync(TimeSpan.FromMilliseconds(ms), raceItems); Console.WriteLine(race); if (race.PerItemWins) { crossover = race.ItemLength; break; } }");

// **What to remember:** one process per item wins when items are few and long (nothing queues); a pool wins when items are many and short (processes start once). Either way, the finishing order is not yours to choose, so collect results by item.
