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

Twin.Start("11-beyond-one-machine");

// # 11 · Beyond one machine
//
// **Goal:** run the article's example on a small cluster (Orleans silos, each its own process), see the items spread over the silos, survive the death of silos, and measure when a cluster pays off.
// **Time:** 25 minutes.
//
// The article stops at one machine with 128 cores. Past that, work has to cross machines, and a distributed engine does the dealing out. Here it is Microsoft Orleans: each *silo* is a server process, and each item becomes a call to a *grain* that the cluster places on one of the silos. On one machine the silos talk over loopback ports; pointed at a real membership store (the ADO.NET or Redis clustering packages) the same code runs across machines.

Lesson.Begin("11 · Beyond one machine");

// ## Start a cluster of three silos
//
// Starting silos takes a few seconds each. A kernel holds one cluster at a time: run this cell again and the cluster it started before is stopped first. The silos stop when the cluster is disposed (the *Stop the cluster* cell), and also by themselves if this kernel goes away, even killed: each silo watches its standard input, held by the kernel, and ends within a second once it closes.

var cluster = await LocalCluster.StartAsync(silos: 3, responseTimeout: TimeSpan.FromSeconds(10));
Console.WriteLine($"silos running as processes {string.Join(", ", cluster.SiloProcessIds)}; with the driver, {cluster.ProcessesRunning} processes");

// ## The article's example on the cluster

var article = Workload.Article(LessonScale.Seconds(2));
var onCluster = await cluster.Runner().RunAsync(article, 10);
Console.WriteLine($"{onCluster.Strategy}: {onCluster.Wall.TotalSeconds:0.000} s, ideal {onCluster.Ideal.TotalSeconds:0.000} s, {onCluster.Attempts} attempts for {onCluster.ItemCount} items, results in item order: {string.Join(" ", onCluster.InItemOrder.Select(r => r.Result))}");
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
double PerItemMs(RunReport r) => r.Wall.TotalMilliseconds / r.ItemCount;
foreach (var r in new[] { clusterTiny, poolTiny, threadsTiny })
{
    Console.WriteLine($"{r.Strategy,-22} {tinyItems} tiny items in {r.Wall.TotalSeconds,7:0.000} s: {PerItemMs(r),8:0.000} ms per item");
}
Console.WriteLine($"per tiny item, the cluster costs {PerItemMs(clusterTiny) / PerItemMs(threadsTiny):0} times what the thread pool costs");

Twin.Show(ComparisonChart.Build($"Cost per tiny item ({tinyItems} items that do nothing)", "milliseconds per item",
[
    new ComparisonBar("cluster", "per item", PerItemMs(clusterTiny)),
    new ComparisonBar("process pool", "per item", PerItemMs(poolTiny)),
    new ComparisonBar("thread pool", "per item", PerItemMs(threadsTiny)),
]));

// A cluster pays off when items are long (seconds, not microseconds) and there is more work than one machine's cores can do: then the per-item cost is noise and every extra machine adds its cores. For short items on one machine, threads win by the factor printed above.
//
// ## When a silo dies
//
// Now the same run, but silo 2 dies as soon as an item starts on it, as a failing machine would. (The silo ends itself with the item on it, so this lands the same way whatever the item length and however busy the machine.) The driver gives up the attempts that were on the dead silo and sends those items again to the silos still alive. The report keeps one result per item; its attempts count those given up too.

var victim = cluster.SiloProcessIds[2];
var survived = await cluster.RunKillingSilosAsync(article, 10, silos: [2]);
Console.WriteLine($"{survived.Outcome}: {survived.Completed.Count} results for {survived.ItemCount} items from {survived.Attempts} attempts, on {string.Join(", ", survived.WorkerNames)} (silo {victim} was killed); wall {survived.Wall.TotalSeconds:0.000} s, one item {survived.ItemTime.TotalSeconds:0.000} s");
foreach (var lost in survived.Abandoned)
{
    var again = survived.Completed.Single(r => r.Item == lost.Item);
    Console.WriteLine($"item {lost.Item}: sent to {lost.Worker} at {lost.Start.TotalSeconds:0.000} s, given up at {lost.End.TotalSeconds:0.000} s ({lost.Result}); ran again on {again.Worker} from {again.Start.TotalSeconds:0.000} s to {again.End.TotalSeconds:0.000} s");
}
Twin.Show(TimelineChart.Build(survived));

// Each `item` line above is an attempt that was given up and an item sent again; read when the attempt was sent, when it was given up and why. An attempt on the killed silo is given up soon after the kill: this kernel started the silos, saw that process exit, and told the driver. An attempt on a live silo can be lost as well, when its call needed the dying silo on the way: a new grain registers in Orleans' directory of where each grain lives, which is spread over the silos, and the share it needed may have been the dying silo's; or a message was on its way to that silo. The reason then is Orleans' error, naming the dead silo's address (a `SiloUnavailableException` from the directory's `RegisterAsync`, or a refused connection): such an attempt was lost before its item began. Where no answer came at all, the driver gives an attempt up only once the response timeout has passed (`responseTimeout` above; the reason would say `TimeoutException`). Either way the driver waits a short pause, so the cluster can drop the dead silo, and sends the item again; there it starts over and takes a whole item time. That is why the run's wall time is longer than one item: on the timeline, the items sent again are the bars that start late.
//
// So a cluster runs items *at least once*, not exactly once: an item whose silo dies after doing its work, but before its answer arrives, has run twice, and nothing in the report can tell that attempt from one lost before it began. Work sent to a cluster should therefore be safe to run twice.
//
// Across machines no parent sees another machine's processes exit. There the driver learns of a dead silo only from the calls themselves (an error, or no answer within the response timeout), and the silos vote a silent silo out only after it has missed several probes, so a run that loses a machine can wait that much longer. This lesson does not measure that case.
//
// ## Stop the cluster

await cluster.DisposeAsync();
Console.WriteLine($"cluster stopped; its processes still running: {cluster.ProcessesRunning}");

// ## Exercise: survive the loss of two silos
//
// Above, one silo of three died and the run survived. Now two of three die in one run: silo 1 as soon as an item starts on it, and silo 2 as soon as an item starts on it that was already sent once before. (Silo 0 is spared: in this local cluster it keeps the list of members, which a real cluster keeps in a database.)
//
// `ClusterOptions.MaxAttempts` sets how many times the driver may send one item. Write the rule, not just a number: `AttemptsToSurvive(lost)` is the fewest attempts per item that let a run finish when `lost` silos die in this way, one after another. The check asks your rule for 0, 1 and 3 silos lost (work those out on paper: this machine runs only the case of two), then starts a fresh cluster (the one above is gone) and loses two silos with `AttemptsToSurvive(2)` attempts, which must finish, and with one fewer, which must fail.

// Exercise two-silos: the fewest attempts per item that survive losing this many silos, one after another.
int AttemptsToSurvive(int lost) => 1; // ✎ write the rule
var options = new ClusterOptions { MaxAttempts = AttemptsToSurvive(2) };

async Task<RunReport> LoseTwoSilos(int attempts)
{
    await using var trial = await LocalCluster.StartAsync(silos: 3);
    return await trial.RunKillingSilosAsync(article, 6, silos: [1, 2], new ClusterOptions { MaxAttempts = attempts });
}

var yours = await LoseTwoSilos(options.MaxAttempts);
Console.WriteLine($"MaxAttempts = {options.MaxAttempts}: {yours.Outcome}, {yours.Attempts} attempts for {yours.ItemCount} items. {yours.Failure}");
var oneFewer = yours.Outcome == RunOutcome.Completed && options.MaxAttempts > 1 ? await LoseTwoSilos(options.MaxAttempts - 1) : null;
if (oneFewer is not null)
{
    Console.WriteLine($"MaxAttempts = {options.MaxAttempts - 1}: {oneFewer.Outcome}. {oneFewer.Failure}");
}

var ruleHolds = AttemptsToSurvive(0) == 1 && AttemptsToSurvive(1) == 2 && AttemptsToSurvive(3) == 4; // worked out, not run
Exercise.Check("two-silos", ruleHolds && yours.Outcome == RunOutcome.Completed && oneFewer?.Outcome == RunOutcome.Failed,
    look: yours.Outcome != RunOutcome.Completed
        ? "the run lost an item. Follow one unlucky item: each time its silo dies, where does the driver send it next?"
        : oneFewer?.Outcome != RunOutcome.Failed
            ? "it finishes, and it also finishes with one attempt fewer: find the fewest."
            : "two silos are right, but the rule is not: with no silo lost, or one, or three, how often can one item be unlucky?",
    nudge: "The unlucky item can be on silo 1 when it dies, then be sent to silo 2 just as that one dies. Count its attempts until one can finish on silo 0, the one spared; then count again with one silo lost, and with none.",
    answer: "int AttemptsToSurvive(int lost) => lost + 1; each lost silo can take one attempt of the same item with it, and one more attempt finishes.");

// **What to remember:** a cluster spreads items over processes that could live on other machines, and survives losing them by sending their items elsewhere: each lost silo can cost an item one more attempt, and an item may run more than once. Each item pays for a network call, so clusters are for long items and more work than one machine can hold.
