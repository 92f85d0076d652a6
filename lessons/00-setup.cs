// Lesson twin: ../notebooks/00-setup.ipynb as a C# file-based app, for following the lesson
// without a notebook extension. From the repository, after scripts/setup.sh:
//     dotnet run lessons/00-setup.cs
// Charts are written as offline pages to output/twins/00-setup/, and their paths printed.
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
using ParallelNotebooks;
using ParallelNotebooks.Charts;

Twin.Start("00-setup");

// # 00 · Check your set-up
//
// **Goal:** make sure the kit runs on your machine before the lessons start: the library loads, worker processes start, and charts draw.
// **Time:** 5 minutes.
//
// Run the cells from top to bottom (or *Run All*). The first cell checks that the kit is built; if it or the next one fails, its message says what to do: usually run `scripts/setup.sh` (or `./run.sh`) in the repository, then run the cell again.

// A notebook loads the kit's library from its build output: scripts/setup.sh (or ./run.sh) builds it.

var library = Path.GetFullPath("../lib/ParallelNotebooks.Lessons/bin/Debug/net10.0/ParallelNotebooks.Lessons.dll");
if (!File.Exists(library))
{
    throw new FileNotFoundException($"The kit is not built yet ({library} is missing). Run scripts/setup.sh in the repository (a terminal in VS Code will do), then run this cell again.");
}

Console.WriteLine("The kit is built.");

Lesson.Begin("00 · Check your set-up");

// Every lesson measures on the machine in front of you, so the number of cores matters: it decides how many items can truly run at once.

Console.WriteLine($"This machine offers {Environment.ProcessorCount} cores to .NET {Environment.Version}.");

// A first real run: one worker process per item, the way the article's `Process` class works. Each item waits a moment, so the chart should show every process busy at the same time, one row per process.

var firstRun = await Runners.ProcessPerItem().RunAsync(Workload.Article(LessonScale.Seconds(1)), 4);
Console.WriteLine($"{firstRun.Completed.Count} items finished in {firstRun.Wall.TotalSeconds:0.00} s (ideal {firstRun.Ideal.TotalSeconds:0.00} s).");
Twin.Show(TimelineChart.Build(firstRun));

// If you see a chart above with four bars on four rows, the kit is ready. If you see a long list of properties instead of a chart, the library was not loaded by the `#r` cell above: restart the kernel and run all cells again.
