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
// **Time:** 10 minutes (the full-size run takes 20 seconds).
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
// ## Exercise: predict the serial time
//
// Before running anything, the serial time of `n` items that each wait `t` can be predicted. Fill in `predicted` from `wait` and the item count, then check it against the report's ideal.

// Exercise serial-ideal: predict the serial time of 10 items that each wait `wait`.
TimeSpan predicted = TimeSpan.Zero; // ✎ compute it from wait

Exercise.Check("serial-ideal", predicted == serial.Ideal,
    look: "Serial means one item after another: nothing overlaps.",
    nudge: "With nothing overlapping, the total is the sum of the ten waits, and they are all the same. A TimeSpan can be multiplied by a number.",
    answer: "TimeSpan predicted = wait * 10;");

// **What to remember:** serial time is the sum of the items' times. Here the items only wait, so they leave the CPU idle: a hint that they could overlap.
