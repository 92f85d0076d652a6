// Lesson twin: ../notebooks/06-a-pool-of-workers.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/06-a-pool-of-workers.cs
// Charts are written as offline pages to output/twins/06-a-pool-of-workers/, and their paths printed.
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
using System.Threading.Channels;

Twin.Start("06-a-pool-of-workers");

// # 06 · A pool of workers
//
// **Goal:** run the example on a fixed pool of worker processes, as the article's `Pool.map` does, and explain its time from the pool size and the chunk size.
// **Time:** 20 minutes.
//
// A pool starts a few long-lived worker processes, by default one per core (Python's `Pool()` starts one per logical CPU), and hands them the items in *chunks*. A worker takes its next chunk only when it has finished the last. Python's `Pool.map` picks the chunk size itself: the item count divided by four times the worker count, rounded up.
//
// So the pool's time follows from three numbers: items, workers and chunk size. This lesson runs the pool on this machine, then derives from those three numbers which machines give the article's 4.17 s.
//
// `Runners.ProcessPool()` is the C# pool: worker processes fed chunks of item numbers over their standard input.

Lesson.Begin("06 · A pool of workers");

// ## Predict first
//
// Before the run: the same ten waiting items on a pool with one worker per core and the chunk size `Pool.map` would pick. How long will it take? The line below the prediction gives the wait and the core count.

var predictedSeconds = double.NaN; // ✎ your prediction for the pool, in seconds
Console.WriteLine($"10 items of {LessonScale.Seconds(2).TotalSeconds:0.###} s each, {Environment.ProcessorCount} cores.");

var wait = LessonScale.Seconds(2);
var article = Workload.Article(wait);
var pool = await Runners.ProcessPool().RunAsync(article, 10, Twin.Progress("process pool"));

var chunks = (int)Math.Ceiling(10.0 / pool.ChunkSize);
Console.WriteLine($"{pool.Workers} workers (one per core), chunks of {pool.ChunkSize}: {chunks} chunks, so the ideal is {pool.Ideal.TotalSeconds:0.000} s.");
Console.WriteLine($"Measured: {pool.Wall.TotalSeconds:0.000} s.");
Twin.Show(TimelineChart.Build(pool));

Prediction.Compare("pool time", predictedSeconds, pool.Wall);

// ### The same in plain .NET: a worker pool on `Channel<T>`
//
// Inside one process, a pool is usually a channel: a queue that a few workers read from until it is empty and closed. Each worker here takes one item at a time, so its chunks are of one. Below, as many workers as the pool above, on the same ten items. These items only wait, so a worker awaits; for items that compute, a worker would run them on a thread (`Task.Run`).

// Plain .NET: worker tasks reading items from a channel until it is empty and closed.
var queue = Channel.CreateUnbounded<int>();
for (var item = 0; item < 10; item++)
{
    queue.Writer.TryWrite(item);
}

queue.Writer.Complete();
var channelClock = Stopwatch.StartNew();
var workerLines = await Task.WhenAll(Enumerable.Range(1, pool.Workers).Select(async worker =>
{
    var mine = new List<int>();
    await foreach (var item in queue.Reader.ReadAllAsync())
    {
        await Task.Delay(wait); // the item's work
        mine.Add(item);
    }

    return $"worker {worker} ran items {string.Join(", ", mine)}";
}));
channelClock.Stop();
var channelRounds = Math.Ceiling(10.0 / pool.Workers);
Console.WriteLine(string.Join(Environment.NewLine, workerLines));
Console.WriteLine($"{pool.Workers} channel workers: {channelClock.Elapsed.TotalSeconds:0.000} s, against {channelRounds * wait.TotalSeconds:0.000} s for {channelRounds} rounds of one item with no overhead.");

// Each row is one worker process, and each bar one item: a worker runs the items of its chunk back to back, then takes the next chunk.
//
// ## Which machines give the article's time?
//
// The same derivation for pools of 1 to 16 workers: `Pool.map`'s chunk size, how many chunks that makes, how many chunks the busiest worker takes one after another (the rounds), and the time that predicts with no overhead. The rows whose prediction fits the article's measured time are marked, and so is this machine's pool.

Console.WriteLine(PoolTable.Build(10, wait, Claims.ScaledSeconds("pool-time"), pool.Workers));

// ## A pool as large as the job
//
// With ten workers and chunks of one, every item has a worker from the start: the pool then behaves like one process per item, plus the cost of its pipes.

var widePool = await Runners.ProcessPool(new ProcessPoolOptions { Workers = 10, ChunkSize = 1 }).RunAsync(article, 10);
Console.WriteLine($"10 workers, chunks of 1: {widePool.Wall.TotalSeconds:0.000} s, ideal {widePool.Ideal.TotalSeconds:0.000} s.");
Twin.Show(TimelineChart.Build(widePool));

// ## Beside the article, and beside Python here

var py = Python.RunOrReference("pool", items: 10, wait: wait);
Console.WriteLine($"Python Pool(): {py["seconds"]:0.000} s ({py.Source})");

Twin.Show(ComparisonChart.Build($"10 items x 2 s on a pool of {pool.Workers} workers", "seconds",
[
    new ComparisonBar("article (Python)", "pool", Claims.ScaledSeconds("pool-time")),
    new ComparisonBar(py.Label, "pool", py["seconds"]),
    new ComparisonBar("C# here", "pool", pool.Wall.TotalSeconds),
    new ComparisonBar("ideal here", "pool", pool.Ideal.TotalSeconds),
]));

Claims.Record(Judges.PoolTime(pool, Claims.ScaledSeconds("pool-time"), wait));

// ## Exercise: predict a pool's time
//
// A pool of 3 workers with chunks of 2 runs the 10 items. Work out its ideal time before running it: how many chunks are there, how many rounds do 3 workers need, and how long is one round?

// Exercise pool-ideal: predict the ideal time of 10 items on 3 workers with chunks of 2.
TimeSpan predicted = TimeSpan.Zero; // ✎ write it in terms of wait
var threeWorkers = await Runners.ProcessPool(new ProcessPoolOptions { Workers = 3, ChunkSize = 2 }).RunAsync(article, 10);
// The kit's own ideal stays hidden until the check: printed here, it would be the answer.
Console.WriteLine($"measured {threeWorkers.Wall.TotalSeconds:0.000} s (overhead included), your prediction of the ideal {predicted.TotalSeconds:0.000} s");

Exercise.Check("pool-ideal", predicted == threeWorkers.Ideal,
    look: "A worker takes a whole chunk at a time, so count rounds of chunks, not items.",
    nudge: "10 items in chunks of 2 make 5 chunks, and 3 workers take at most 3 chunks a round. How many rounds is that, and how long is one chunk of 2 items?",
    answer: "Two rounds of one chunk, each chunk 2 items of wait: TimeSpan predicted = wait * 4;");

// ## Exercise: beat the default pool on uneven items
//
// Real items are rarely equal. The mix below is a folder sorted largest first: one big item per worker, then four small ones per worker, each a twentieth of a big one. Every worker holds a lot of memory, so a pool may have at most one per core here (`PoolChoice.MaxWorkers`, two at least). This is the default pool on it: look at where the big items go.

var bigWait = LessonScale.Seconds(1);
var bigFirst = PoolChoice.BigFirst(bigWait);
var mixDefault = await Runners.ProcessPool(new ProcessPoolOptions { Workers = PoolChoice.MaxWorkers }).RunAsync(bigFirst, PoolChoice.Items);
Console.WriteLine($"{PoolChoice.Items} items on {mixDefault.Workers} workers, chunks of {mixDefault.ChunkSize}: {mixDefault.Wall.TotalSeconds:0.000} s; its busiest worker was given {PoolChoice.Busiest(mixDefault, bigWait).TotalSeconds:0.000} s of items.");
Twin.Show(TimelineChart.Build(mixDefault));

// Choose the workers (at most `PoolChoice.MaxWorkers`) and the chunk size so that your pool beats the default one on this mix. The check runs both again and compares the work each pool gave its busiest worker, the sum of its items' lengths, which is what decides a pool's time; yours must win by the margin it prints.

// Exercise beat-pool: choose workers and a chunk size that beat the default pool on the mix.
var myPool = new ProcessPoolOptions { Workers = PoolChoice.MaxWorkers, ChunkSize = null }; // ✎ ChunkSize null is Pool.map's choice

var poolRace = await PoolChoice.RaceAsync(myPool, bigWait);
Console.WriteLine(poolRace);
Exercise.Check("beat-pool", poolRace.YoursWins,
    look: "In the timeline above, find the worker that ran the big items, and ask why they went to it together.",
    nudge: "A worker takes a whole chunk at a time, and the big items sit side by side at the front, so Pool.map's chunks hand them out in pairs. Smaller chunks send them to different workers.",
    answer: "var myPool = new ProcessPoolOptions { Workers = PoolChoice.MaxWorkers, ChunkSize = 1 };");
Twin.Show(TimelineChart.Build(poolRace.Yours));

// **What to remember:** a pool's time is rounds x chunk x item time. Fewer workers than items means items queue; that is the price of not starting a process per item, and the reason the pool shines when items are many and short.
