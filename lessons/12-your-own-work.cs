// Lesson twin: ../notebooks/12-your-own-work.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/12-your-own-work.cs
// Charts are written as offline pages to output/twins/12-your-own-work/, and their paths printed.
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
using System.IO;
using System.Text.RegularExpressions;
using ParallelNotebooks;
using ParallelNotebooks.Charts;

Twin.Start("12-your-own-work");

// # 12 · Your own work
//
// **Goal:** run a function of your own through every runner, the two process runners included, on a small real job, and choose a runner from what you measure.
// **Time:** 20 minutes.
//
// Until now every run used the kit's own workloads: the article's sleeping item, primes, waits. The article's promise is about *your* code: take a slow loop over your files and make it faster. This appendix does that with a small real job, counting the words of a folder of text files, in the three steps you would take with your own work:
//
// 1. write the function of one input (here, a file path) and try it on one;
// 2. run it on the four runners that work inside this process: serial, a thread per item, the thread pool, tasks;
// 3. put the same function in a *worker file* for the two process runners, which cannot call a function that lives in this notebook.
//
// Python's version of step 3 is one line, `Pool().map(count_words, paths)`; it stands beside the C# runs at the end.

Lesson.Begin("12 · Your own work");

// ## The job
//
// The kit writes eight text files into `output/your-own-work/`, made of its own documentation (the README and the instructors' notes) repeated until each file is a few megabytes: a stand-in for your folder of logs, books or exports. Small mode makes them smaller. To run your own job instead, set `files` to your own paths: every cell below takes any list of them.

var files = SampleJob.WriteTexts("../output/your-own-work", files: 8, bytesPerFile: LessonScale.Count(4_000_000, minimum: 100_000));
foreach (var file in files)
{
    Console.WriteLine($"{Path.GetFileName(file)}  {new FileInfo(file).Length / 1e6:0.00} MB");
}

// ## Step 1: your function
//
// A plain C# function of one input. This one reads a file, counts its words (runs of letters and apostrophes, lower-cased), and returns how many there are and which word comes most often. Try it on one file first: a mistake is cheaper to find on one input than on all of them.

string CountWords(string path)
{
    var counts = new Dictionary<string, int>();
    foreach (Match word in Regex.Matches(File.ReadAllText(path).ToLowerInvariant(), "[a-z']+"))
    {
        counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
    }

    var top = counts.MaxBy(c => c.Value);
    return $"{counts.Values.Sum()} words, '{top.Key}' {top.Value} times";
}

Twin.Show(CountWords(files[0]));

// ## Step 2: four runners in this process
//
// `Workload.Create` makes a workload of your function and its inputs: item *i* is `files[i]`. `usesCpu: true` says that the items compete for cores, so the ideal is built from one item timed alone before the run (pass `itemTime:` if you know it). There is an awaiting form too, `Workload.Create(name, files, async (path, cancel) => ..., usesCpu: false)`, for work that waits on a disk or a network. Every report keeps which input each item was.

var words = Workload.Create("count words", files, CountWords, usesCpu: true);
var reports = new List<RunReport>();
foreach (var runner in new[] { Runners.Serial(), Runners.ThreadPerItem(), Runners.ThreadPool(), Runners.Tasks() })
{
    reports.Add(await runner.RunAsync(words, files.Count, Twin.Progress(runner.Strategy)));
}

foreach (var report in reports)
{
    Console.WriteLine($"{report.Strategy,-16} {report.Outcome}: {report.Wall.TotalSeconds:0.000} s, ideal {report.Ideal.TotalSeconds:0.000} s");
}

Twin.Show(reports[0].InItemOrder.Select(r => new { file = Path.GetFileName(r.Input), r.Result, milliseconds = Math.Round(r.Duration.TotalMilliseconds, 1) }));

// ## Step 3: the process runners need a worker file
//
// A process runner starts other processes, and they cannot call `CountWords`: it lives in this notebook's process. Hand them `words` and they refuse at once, saying what to do instead:

try
{
    await Runners.ProcessPool().RunAsync(words, files.Count);
}
catch (ArgumentException refused)
{
    Console.WriteLine(refused.Message);
}

// The way through is a *worker file*: a small C# file-based app that holds the same function and makes one call, `WorkerHost.Serve(...)`, which answers the process runners over the same protocol as the kit's own worker. Its first line, `#:project`, references the kit's hosting library. This lesson's worker file is [`your-worker/WordCount.cs`](your-worker/WordCount.cs), beside this notebook:

Console.WriteLine(File.ReadAllText("../notebooks/your-worker/WordCount.cs"));

// `WorkerFile.Build` compiles it with the .NET SDK: as native AOT where the set-up could build the kit's own native worker (its processes then start in milliseconds), and as a normal build otherwise. The first build takes a while (native AOT the longest, and longer on a busy machine); the build is kept in `your-worker/bin/` and used again until you change the file or the kit changes. A file that does not compile stops here with the compiler's first errors. A function that throws, such as on a file that is not there, stops its run with a `Failed` report that names the item and its input, as it does in this process.
//
// `worker.Workload(...)` then makes the workload the process runners take: the same name and inputs, with the function in the worker file. It is given the item time timed before the serial run, so the six runners' ideals rest on the same timing.

var worker = WorkerFile.Build("../notebooks/your-worker/WordCount.cs");
Console.WriteLine($"built: {worker}");
// The item time timed before the serial run, so that all six ideals rest on one timing; without it, one item is timed in a worker.
var wordsInWorkers = worker.Workload("count words", files, usesCpu: true, itemTime: reports[0].ItemTime);
foreach (var runner in new[] { Runners.ProcessPerItem(), Runners.ProcessPool() })
{
    reports.Add(await runner.RunAsync(wordsInWorkers, files.Count, Twin.Progress(runner.Strategy)));
}

foreach (var report in reports.Skip(4))
{
    Console.WriteLine($"{report.Strategy,-16} {report.Outcome}: {report.Wall.TotalSeconds:0.000} s, ideal {report.Ideal.TotalSeconds:0.000} s");
}

var answers = reports[0].InItemOrder.Select(r => r.Result).ToList();
var sameAnswers = reports.All(r => r.Outcome == RunOutcome.Completed && r.InItemOrder.Select(i => i.Result).SequenceEqual(answers));
Console.WriteLine(sameAnswers
    ? $"All {reports.Count} runners gave every file the same answer: the worker file holds the same function as the cell."
    : "Some runner did not give every file the cell's answer: compare the worker file's function with CountWords.");

// ## Which runner?
//
// The chart sets each runner's speedup over serial beside its ideal. Read it as lesson 07 taught: a process runner pays for starting processes and for sending items over pipes, which matters when an item is short beside a process start; threads and tasks start in microseconds, but share this process. Tasks are made for work that awaits (the awaiting form of `Workload.Create`): given a blocking function like this one, each task holds a thread-pool thread while it computes, and tasks can do no better than the thread pool. A runner far below its ideal has lost time somewhere: `TimelineChart.Build(report)` shows where. For your own job, keep the simplest runner that comes close to its ideal; processes earn their place when an item may crash (lesson 10), or when the work cannot be loaded into this process.
//
// On a busy machine one run of each is a rough guide: run the cells again, or repeat each run with `Repeated.RunAsync` as lesson 10 does, before you choose on a small difference. Every bar is measured against the one serial run above, so a bar above its ideal means that runner's items ran faster than the serial run's did: the serial run was slowed (a busier moment on the machine, say), or the runner's copy of the function ran faster (a worker file is compiled apart from this notebook). Either way, that bar is not the runner's doing alone.

Twin.Show(SpeedupChart.Build(reports[0], reports));

// ## Beside Python
//
// Python's version, in `data/python/word_count.py`, is the same function (the same word rule and the same answer) and a pool over the file names:
//
// ```python
// with Pool() as pool:
//     results = pool.map(count_words, paths)
// ```
//
// Where python3 is installed, the next cell runs it on the same files, one after another and with `Pool().map`, checks its answers against the C# ones, and charts both languages' times.

var bars = reports.Where(r => r.Strategy is "serial" or "process pool" or "thread pool")
    .Select(r => new ComparisonBar("C#", r.Strategy, r.Wall.TotalSeconds)).ToList();
if (Python.IsAvailable)
{
    var pySerial = SampleJob.CountWordsInPython(files, pool: false);
    var pyPool = SampleJob.CountWordsInPython(files, pool: true);
    var pyAnswers = SampleJob.Results(pyPool);
    Console.WriteLine($"Python serial: {pySerial["seconds"]:0.000} s; Pool().map on {pyPool["workers"]} workers: {pyPool["seconds"]:0.000} s ({pyPool.Source})");
    Console.WriteLine(files.Select((f, i) => pyAnswers[f] == answers[i]).All(same => same)
        ? "Python gave every file the same answer as C#."
        : "Python's answers differ from C#'s for some file.");
    bars.Add(new ComparisonBar("Python", "serial", pySerial["seconds"]));
    bars.Add(new ComparisonBar("Python", "process pool", pyPool["seconds"]));
}
else
{
    Console.WriteLine($"{Python.Describe}: the Python version was not measured here; its code is above.");
}

Twin.Show(ComparisonChart.Build($"Counting the words of {files.Count} files, measured here", "seconds", bars));

// ## Exercise: a function of your own
//
// Make a workload of another function of the same files, one that gives each file's size in bytes, and run it on the thread pool. The check compares every result with the file's size.

// Exercise own-function: a workload that gives each file's size in bytes, run on the thread pool.
Func<string, string> fileSize = path => "?"; // ✎ return the file's length in bytes, as text
var sizes = await Runners.ThreadPool().RunAsync(Workload.Create("file size", files, fileSize, usesCpu: false), files.Count);
Console.WriteLine(string.Join("\n", sizes.InItemOrder.Select(r => $"{Path.GetFileName(r.Input)}: {r.Result}")));

Exercise.Check("own-function", sizes.Outcome == RunOutcome.Completed && sizes.Completed.All(r => r.Result == new FileInfo(r.Input!).Length.ToString()),
    look: "Each item's input is one file's path, and its result is whatever your function returns for that path, as text.",
    nudge: "FileInfo knows a file's length: new FileInfo(path).Length, turned into text with ToString().",
    answer: "Func<string, string> fileSize = path => new FileInfo(path).Length.ToString();");

// **What to remember:** a function of one input is all the runners need. `Workload.Create` hands it to the threads and tasks; a worker file with `WorkerHost.Serve` hands it to the processes. Try it on one input, run it on every runner, and keep the simplest runner that is fast enough. For your own job, change `files` and the function, and edit `your-worker/WordCount.cs` (or a copy) for the process runners: run its cell again and the kit rebuilds it.
