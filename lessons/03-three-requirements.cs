// Lesson twin: ../notebooks/03-three-requirements.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/03-three-requirements.cs
// Charts are written as offline pages to output/twins/03-three-requirements/, and their paths printed.
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
using System.Threading;
using ParallelNotebooks;
using ParallelNotebooks.Charts;

Twin.Start("03-three-requirements");

// # 03 · The three requirements for a parallel section
//
// **Goal:** recognise code that can run in parallel, see what goes wrong when it cannot, and learn how C# hands results back.
// **Time:** 20 minutes.
//
// The article asks three things of a section before it is run in parallel:
//
// 1. it does not depend on the outcome of earlier items;
// 2. it does not need to run in a particular order;
// 3. it returns nothing that the rest of the program needs later.
//
// The third rule comes from how Python's `Process` works: a child process cannot simply return a value to its parent. In C#, results come back easily, so that rule turns into *collect results by item, not by arrival*.

Lesson.Begin("03 · The three requirements");

// ## 1. No dependence on earlier items
//
// Squaring each number meets the rule: item 7 does not care about item 6. A running balance breaks it: each step needs the one before. Run the balance in parallel and the steps race.

long[] deposits = [.. Enumerable.Range(1, 2000).Select(i => (long)i)];

long serialBalance = 0;
var serialHistory = new long[deposits.Length];
for (var i = 0; i < deposits.Length; i++) { serialBalance += deposits[i]; serialHistory[i] = serialBalance; }

long parallelBalance = 0;
var parallelHistory = new long[deposits.Length];
Parallel.For(0, deposits.Length, i => { parallelHistory[i] = Interlocked.Add(ref parallelBalance, deposits[i]); });

var wrongSteps = Enumerable.Range(0, deposits.Length).Count(i => serialHistory[i] != parallelHistory[i]);
Console.WriteLine($"final balance: serial {serialBalance}, parallel {parallelBalance} (the total survives, thanks to Interlocked)");
Console.WriteLine($"balance after each deposit: {wrongSteps} of {deposits.Length} steps differ from the serial history");
if (wrongSteps == 0) Console.WriteLine("This time the deposits happened to run in order (a busy machine can do that): nothing made them, so run the cell again.");

// The total is right because addition does not care about order, but the *history* (the balance after deposit 5, say) depends on which deposits ran first, so it can change from run to run. Work that depends on earlier steps has to stay serial, or be rewritten (a parallel prefix sum, for instance).
//
// ### A lost update
//
// The total above survived only because of `Interlocked`. Without it, `counter++` is three steps (read, add one, write back), and two threads that read the same value both write back the same sum: one increment is lost. Here is a shared counter without a lock, then three correct ways to count in parallel.

const int Increments = 2_000_000;

var counter = 0;
Parallel.For(0, Increments, _ => counter++);                    // no lock: increments can be lost
var lost = Increments - counter;

var atomic = 0;
Parallel.For(0, Increments, _ => Interlocked.Increment(ref atomic));   // one indivisible step

long localSums = 0;
Parallel.For(0, Increments, () => 0L, (_, _, local) => local + 1,      // each thread counts on its own,
    local => Interlocked.Add(ref localSums, local));                   // then adds its sum once

var plinq = ParallelEnumerable.Range(0, Increments).Select(_ => 1L).Sum(); // PLINQ does the same for you

Console.WriteLine($"no lock:     {counter,10:N0} of {Increments:N0}: {lost:N0} increments lost");
Console.WriteLine($"Interlocked: {atomic,10:N0}");
Console.WriteLine($"local sums:  {localSums,10:N0}");
Console.WriteLine($"PLINQ:       {plinq,10:N0}");

// How many increments the unlocked counter loses changes from run to run, and it can be none when the threads happen not to overlap (on one core, for instance): run the cell again. The three fixes are right every time.
//
// ## 2. No particular order
//
// Ten items of the article's workload on one thread per item: they all wake at about the same moment, and which one finishes first is up to the system's scheduler. The lines below read each run's real finishing order from the items' end times, and say whether it came out in item order. The chart sets each item's finishing position beside its number.

var article = Workload.Article(LessonScale.Seconds(0.5));
var serialRun = await Runners.Serial().RunAsync(article, 10);
var parallelRun = await Runners.ThreadPerItem().RunAsync(article, 10);
var serialOrder = FinishingOrder.Of(serialRun);
var parallelOrder = FinishingOrder.Of(parallelRun);

Console.WriteLine("serial:          " + FinishingOrder.Describe(serialOrder));
Console.WriteLine("thread per item: " + FinishingOrder.Describe(parallelOrder));
double[] itemNumbers = [.. Enumerable.Range(0, 10).Select(i => (double)i)];
Twin.Show(SweepChart.Build("Finishing position of each item", "item", "finished as number",
[
    new SweepSeries("serial", itemNumbers, [.. itemNumbers.Select(i => (double)serialOrder.ToList().IndexOf((int)i))]),
    new SweepSeries("thread per item", itemNumbers, [.. itemNumbers.Select(i => (double)parallelOrder.ToList().IndexOf((int)i))]),
]));

// Serial finishes in item order by construction. The threads were started in item order, so they often finish close to it; when they do, that is luck of the schedule, not a promise. Lesson 07 runs the same items several times and compares the orders.
//
// ## 3. Results needed later: what C# offers
//
// Every runner of the kit hands back every item's result, and `InItemOrder` puts them back in item order whatever order they finished in, as Python's `pool.map` does. Plain C# offers the same in several ways:
//
// - `await Task.WhenAll(tasks)` returns the results in the order of the tasks, not of completion;
// - `Parallel.For` can write each result into `results[i]`, its own slot;
// - PLINQ's `AsOrdered()` keeps the source order.
//
// The cell below runs the ten items in parallel with `Task.WhenAll`, then checks each returned result against the serial run's result for the same item.

var viaTasks = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => article.RunAsync(i)));
Console.WriteLine("Task.WhenAll: " + string.Join(", ", viaTasks));

Claims.Record(Judges.ThreeRequirements(wrongSteps, lost, viaTasks, serialRun));

// ### When an item throws
//
// A failure is a result too, and plain .NET hands it back. `await Task.WhenAll(...)` waits for every task to end, then throws the failure of the first failed task in its list; the task it returned keeps all of them in its `Exception`. `Parallel.For` stops starting new items after a failure, waits for those already running, and throws one `AggregateException` holding every failure it saw. The cell below makes items 3 and 7 throw and shows what each way reports.

// Plain .NET: items 3 and 7 throw; every other item returns its square.
int Risky(int i) => i is 3 or 7 ? throw new InvalidOperationException($"item {i} failed") : i * i;

var everyItem = Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => Risky(i))));
try { await everyItem; }
catch (InvalidOperationException first) { Console.WriteLine($"await Task.WhenAll threw: {first.Message}"); }
Console.WriteLine($"its Exception holds {everyItem.Exception!.InnerExceptions.Count}: {string.Join(", ", everyItem.Exception.InnerExceptions.Select(e => e.Message))}");

try { Parallel.For(0, 10, i => Risky(i)); }
catch (AggregateException failures) { Console.WriteLine($"Parallel.For threw an AggregateException holding {failures.InnerExceptions.Count}: {string.Join(", ", failures.InnerExceptions.Select(e => e.Message))}"); }

// ## Exercise: an exact total, in parallel
//
// The cell below adds deposits to a total in parallel. Each deposit is fetched through `lookUp`, which waits a moment (`Thread.Sleep(1)` stands for a database call) and notes how many look-ups were running at the same moment. As written it races: run it and compare the two totals it prints. Make the total exact while the look-ups still run at the same time, then run the check.

// Exercise exact-total: add the first 200 deposits to total in parallel, with no update lost.
var lookUp = ItemWatch.Of(i => { Thread.Sleep(1); return deposits[i]; });
long total = 0;
Parallel.For(0, 200, i =>
{
    total += lookUp.Run(i); // ✎ make this line safe
});
Console.WriteLine($"total {total:N0}; the 200 deposits add up to {deposits[..200].Sum():N0}; the most look-ups running at the same moment: {lookUp.MostAtOnce}");

Exercise.Check("exact-total", total == deposits[..200].Sum() && lookUp.RanEachOnce(200) && lookUp.MostAtOnce > 1,
    look: "Some additions were lost. The cells under 'A lost update' above show why, and three ways to count that never lose one. The check also wants the look-ups to keep running at the same time.",
    nudge: "total += lookUp.Run(i) reads total, waits in the look-up, then writes: whatever another thread wrote in between is overwritten. Make the addition one indivisible step, or give each thread a sum of its own; if you take a lock, keep the look-up outside it.",
    answer: "Inside the loop: Interlocked.Add(ref total, lookUp.Run(i)); (the look-up runs first, then the addition is atomic).");

// **What to remember:** order-free, independent items parallelise. Shared state needs `Interlocked`, per-thread sums or PLINQ, or updates get lost. When results are needed, give each item its own slot (or let `Task.WhenAll`, `pool.map`-style runners and `AsOrdered()` keep the order) instead of appending as items finish.
