// Lesson twin: ../notebooks/08-the-headline-claims.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/08-the-headline-claims.cs
// Charts are written as offline pages to output/twins/08-the-headline-claims/, and their paths printed.
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

Twin.Start("08-the-headline-claims");

// # 08 · The headline claims against Amdahl's law
//
// **Goal:** work out what the article's two success stories imply under Amdahl's law, and set them beside what this machine measures.
// **Time:** 20 minutes.
//
// The article ends with two results from real projects: a cloud job cut from more than 40 hours to 6, and another from 500 hours to 4 on a 128-core machine. We cannot rerun those jobs, so this machine cannot test either claim, and the ledger says so. What we can do is work out what each one requires, and measure what this machine does with work that parallelises perfectly. Amdahl's law (lesson 02) tells, from a speedup `S` on `n` cores, the least fraction `p` of the work that must run in parallel (the first exercise below has you derive it), and that no number of cores beats `1 / (1 - p)`.

Lesson.Begin("08 · The headline claims");

// ## What the claims require

var cloudSpeedup = 40.0 / 6;
var bigSpeedup = 500.0 / 4;
var bigFraction = Amdahl.ParallelFraction(bigSpeedup, 128);
var cloudLimitFraction = 1 - 1 / cloudSpeedup;
Console.WriteLine($"40 h to 6 h is {cloudSpeedup:0.00}x. With unlimited cores it needs at least {cloudLimitFraction:P1} of the work in parallel, and at least {Math.Ceiling(cloudSpeedup)} cores even if all of it were.");
Console.WriteLine($"500 h to 4 h on 128 cores is {bigSpeedup:0}x: {bigSpeedup / 128:P1} of perfect. It needs {bigFraction:P3} of the work in parallel: less than {(1 - bigFraction) * 500 * 60:0.0} minutes of the 500 hours may run serially.");

// ## What this machine measures
//
// CPU-bound items on the thread pool, four per core, against one thread: the speedup we measure here, and the parallel fraction it implies for this (very parallel) workload. This is context for the curves below, not evidence about the article's jobs.

var work = Workload.CpuBound(LessonScale.Count(3_000_000, minimum: 150_000));
var items = 4 * Environment.ProcessorCount;
var serial = await Runners.Serial().RunAsync(work, items);
var parallel = await Runners.ThreadPool().RunAsync(work, items);
var measured = parallel.SpeedupOver(serial);
var cores = Environment.ProcessorCount;
Console.WriteLine($"{items} CPU-bound items on {cores} cores: {measured:0.00}x (ideal {parallel.IdealSpeedupOver(serial):0.00}x).");
// Anything else running on this machine takes cores from the threads and lowers the speedup, never raises it.
Console.WriteLine(cores > 1 && measured >= 1
    ? $"Under Amdahl's law that is at least {Amdahl.ParallelFraction(Math.Min(measured, cores), cores):P1} of the run in parallel: a floor, since other work on this machine only lowers it."
    : "No faster than serial: other work on this machine had the cores, or it has only one. Run the cell again when it is quiet.");

// ### The same in plain .NET: PLINQ
//
// `Runners.ThreadPool()` is `Parallel.For` underneath. For work shaped as a query, PLINQ does the same: `AsParallel()` spreads the items over the thread pool, and `AsOrdered()` keeps the results in item order.

// Plain .NET: the same CPU-bound items through PLINQ.
var plinqClock = Stopwatch.StartNew();
var counted = Enumerable.Range(0, items).AsParallel().AsOrdered().Select(item => work.Run(item)).ToList();
plinqClock.Stop();
Console.WriteLine($"PLINQ: {counted.Count} items ({counted[0]} each) in {plinqClock.Elapsed.TotalSeconds:0.000} s, {serial.Wall / plinqClock.Elapsed:0.00}x the serial run above.");

int[] coreCounts = [1, 2, 4, 8, 16, 32, 64, 128];
var series = new List<SweepSeries>
{
    new($"Amdahl, {bigFraction:P2} parallel (the 500 h claim)", [.. coreCounts.Select(n => (double)n)], [.. coreCounts.Select(n => Amdahl.Speedup(bigFraction, n))]),
    new($"Amdahl, {cloudLimitFraction:P0} parallel (the 40 h claim, least)", [.. coreCounts.Select(n => (double)n)], [.. coreCounts.Select(n => Amdahl.Speedup(cloudLimitFraction, n))]),
    new("ideal (every core)", [.. coreCounts.Select(n => (double)n)], [.. coreCounts.Select(n => (double)n)]),
    new("measured here", [cores], [measured]),
};
var recorded = BenchmarkData.CpuSpeedups().ToList();
foreach (var strategy in recorded.GroupBy(p => p.Strategy))
{
    series.Add(new SweepSeries($"bench.sh, {strategy.Key}", [.. strategy.Select(p => (double)p.Cores)], [.. strategy.Select(p => p.Speedup)]));
}

var largest = recorded.Count == 0 ? 0 : recorded.Max(p => p.Cores);
Console.WriteLine(largest > 2
    ? $"data/benchmarks holds CPU-bound speedups measured by bench.sh on up to {largest} cores."
    : "data/benchmarks holds no run on a machine with more than 2 cores yet: run ./bench.sh on a bigger machine to add one.");
Twin.Show(SweepChart.Build("Speedup against cores: the claims under Amdahl's law, and measurements", "cores", "times faster", series));

Claims.Record(Judges.Claim40hTo6h());
Claims.Record(Judges.Claim500hTo4h());

// ## Exercise: invert Amdahl's law
//
// Write `MinParallelFraction`: given a measured speedup `s` on `n` cores, return the least parallel fraction that explains it.

// Exercise serial-fraction: solve 1 / ((1 - p) + p / n) = s for p.
double MinParallelFraction(double s, int n) => 0; // ✎ replace 0 with the formula

Exercise.Check("serial-fraction", new[] { (1.5, 2), (6.0, 8), (125.0, 128) }.All(c => Math.Abs(MinParallelFraction(c.Item1, c.Item2) - Amdahl.ParallelFraction(c.Item1, c.Item2)) < 1e-9),
    look: "Start from Amdahl's law with the speedup known, 1 / s = (1 - p) + p / n, and solve it for p.",
    nudge: "Gather the terms in p: 1 / s = 1 - p (1 - 1 / n). Watch integer division when n is an int.",
    answer: "double MinParallelFraction(double s, int n) => (1 - 1 / s) / (1 - 1.0 / n);");

// ## Exercise: predict a job from two runs
//
// A law earns its keep when it predicts. The job below has a serial part and a parallel part of sixteen items; how big each part is stays hidden. Its items wait instead of computing, so this 2-core machine can show what up to sixteen workers do with it. It runs on one worker and on two; each time is the shorter of two runs, since a pause of a busy machine only adds time.

// A second at least, even in small mode: shorter, a busy machine's hiccup would swamp the 16 workers' time.
var job = AmdahlJob.WithHiddenParts(LessonScale.Seconds(4, minimum: 1));
var oneWorker = await job.RunAsync(1);
var twoWorkers = await job.RunAsync(2);
Console.WriteLine($"1 worker: {oneWorker.TotalSeconds:0.000} s; 2 workers: {twoWorkers.TotalSeconds:0.000} s, {oneWorker / twoWorkers:0.00}x.");

// From those two times alone, write `PredictJob`: the job's time on any number of workers. The check runs the job on 4, 8 and 16 workers and sets your predictions beside the measurements (the shorter of two runs again); each must be within 40 % either way, room for a busy machine's noise.

// Exercise amdahl-predict: from the two runs above, predict the job's time on any number of workers.
TimeSpan PredictJob(int workers) => oneWorker / workers; // ✎ this is the ideal, not the job

var predictions = await job.CheckAsync(PredictJob, [4, 8, 16]);
foreach (var prediction in predictions)
{
    Console.WriteLine(prediction);
}

Exercise.Check("amdahl-predict", predictions.All(c => c.Close),
    look: "Amdahl's law needs the parallel fraction of the job, and the two runs above measured a speedup on 2 workers: the exercise above turns such a speedup into a fraction.",
    nudge: "p = MinParallelFraction(oneWorker / twoWorkers, 2). On n workers the serial share (1 - p) of oneWorker stays as it is, and the parallel share p of it is divided by n.",
    answer: "TimeSpan PredictJob(int workers) { var p = MinParallelFraction(oneWorker / twoWorkers, 2); return oneWorker * ((1 - p) + p / workers); }");

// **What to remember:** large speedups on many cores are possible, but only for jobs that are almost entirely parallel. The serial part, however small, decides where the curve flattens.
