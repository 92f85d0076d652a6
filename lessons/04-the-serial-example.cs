// Lesson twin: ../notebooks/04-the-serial-example.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/04-the-serial-example.cs
// Charts are written as offline pages to output/twins/04-the-serial-example/, and their paths printed.
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
using ParallelNotebooks;
using ParallelNotebooks.Charts;

Twin.Start("04-the-serial-example");

// # 04 · The serial example
//
// **Goal:** run the article's example one item after another, measure it, and set it beside the article's 20.02 s.
// **Time:** 10 minutes (the full-size run takes 20 seconds, and the exercise's loop, as you are given it, as long again).
//
// The article's example takes the numbers 0 to 9. For each it squares the number, waits two seconds (standing in for real work), and says whether the square is zero, even or odd. Done one after another, ten items of two seconds take twenty seconds, whatever the machine.
//
// In the kit that item is `Workload.Article(wait)`, and "one after another" is `Runners.Serial()`.

Lesson.Begin("04 · The serial example");

var wait = LessonScale.Seconds(2);
var article = Workload.Article(wait);

// The line below updates in place as items finish: the whole run takes 20 s at full size.
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var serial = await Runners.Serial().RunAsync(article, 10, Twin.Progress("serial"));
var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

foreach (var item in serial.Completed)
{
    Console.WriteLine($"{item.Item} squared is {item.Item * item.Item}, {(item.Result == "zero" ? "a" : "an")} {item.Result} number");
}

Console.WriteLine($"That took {serial.Wall.TotalSeconds:0.000} s; the ideal is {serial.Ideal.TotalSeconds:0.000} s.");
Twin.Show(TimelineChart.Build(serial));

// ## Beside the article, and beside Python here
//
// The article measured 20.02 s. When lessons run in small mode, the article's figure is scaled by the same factor as our waits, so like is compared with like.

var articleSeconds = Claims.ScaledSeconds("serial-time");
var py = Python.RunOrReference("serial", items: 10, wait: wait);
Console.WriteLine($"Python: {py["seconds"]:0.000} s ({py.Source})");

Twin.Show(ComparisonChart.Build("10 items x 2 s, one after another", "seconds",
[
    new ComparisonBar("article (Python)", "serial", articleSeconds),
    new ComparisonBar(py.Label, "serial", py["seconds"]),
    new ComparisonBar("C# here", "serial", serial.Wall.TotalSeconds),
]));

Claims.Record(Judges.SerialTime(serial.Wall, articleSeconds));

var cpuShare = cpuUsed / serial.Wall * 100;
Console.WriteLine($"CPU time used by this whole kernel process during the run: {cpuUsed.TotalMilliseconds:0} ms, {cpuShare:0.0} % of one core.");
Claims.Record(Judges.SerialCpuUse(cpuShare));

// The second claim is worth a pause. The article says its serial loop used 30 to 40 % of the CPU. A loop that sleeps uses almost none, as the line above measures: the thread is parked while it waits. Whatever the article saw, it was not the sleeping items. Real work would show real CPU use, which is the case lesson 09 measures.
//
// ## Exercise: between one and all
//
// Serial runs one item at a time; the next lesson runs all ten at once. The cell below is the serial loop in plain .NET: it awaits each item (`await` frees the thread while the item waits) before it starts the next. Change it so that three items run at a time, never more, with each result still in `mine[i]`. Each item goes through `watched`, which notes how many items were running at the same moment. Before you run it, work out how long it should take; then run the check.

// Exercise three-at-once: run the ten items at most three at a time, each result in mine[i].
var watched = ItemWatch.Of(article);
var mine = new string[10];
var clock = Stopwatch.StartNew();
for (var i = 0; i < 10; i++) // ✎ let three items run at a time, never more
{
    mine[i] = await watched.RunAsync(i);
}
Console.WriteLine($"{clock.Elapsed.TotalSeconds:0.000} s; the most items running at the same moment: {watched.MostAtOnce}");

Exercise.Check("three-at-once", watched.MostAtOnce == 3 && watched.RanEachOnce(10) && mine.SequenceEqual(serial.InItemOrder.Select(r => r.Result)),
    look: "The loop awaits each item before it starts the next, so one runs at a time. Look for a way to start items without waiting for the last one, with a cap on how many are in flight.",
    nudge: "Parallel.ForEachAsync takes a ParallelOptions whose MaxDegreeOfParallelism caps the items in flight. Or start every item as a task that first waits its turn on a SemaphoreSlim(3), releases it when done, and await Task.WhenAll of them.",
    answer: "await Parallel.ForEachAsync(Enumerable.Range(0, 10), new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (i, _) => mine[i] = await watched.RunAsync(i));");

// **What to remember:** serial time is the sum of the items' times. Here the items only wait, so they leave the CPU idle: a hint that they could overlap. An `await` in a loop is still one at a time; a cap such as `MaxDegreeOfParallelism` or a `SemaphoreSlim` says how many may overlap, and `n` items taking turns `k` at a time need about `n / k` rounds, rounded up.
