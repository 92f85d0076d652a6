using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ParallelNotebooks.Lessons;
using ParallelNotebooks.Measuring;
using ParallelNotebooks.Reports;
using ParallelNotebooks.Running;
using ParallelNotebooks.Workloads;

namespace ParallelNotebooks.Cli;

/// <summary>
/// Measures every figure the kit promises, side by side in one run, and prints each as a ratio beside its target:
/// ratios survive a noisy machine better than seconds do. Results go to data/benchmarks/ with the machine's facts.
/// </summary>
internal static class Benchmark
{
    private sealed record Row(string Figure, double Measured, string Unit, double? Target, bool AtMost, string Note)
    {
        public string Verdict => Target is not { } t ? "-" : (AtMost ? Measured <= t : Measured >= t) ? "met" : "missed";
    }

    public static async Task<int> RunAsync(string dataFolder)
    {
        var cores = Environment.ProcessorCount;
        var rows = new List<Row>();
        void Add(Row row)
        {
            rows.Add(row);
            Console.WriteLine($"  {row.Figure,-58} {row.Measured,9:0.###} {row.Unit,-4} {row.Verdict}");
        }

        Console.WriteLine($"Benchmark on {cores} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; " +
            $"native worker: {(StartCost.UsesNativeWorker ? "yes" : "no")}; python3: {Python.Describe}.");

        // The thread pool on blocking items before the fix comes first, while the pool is as small as a fresh
        // process has it: once grown, idle pool threads linger and would hide the trap.
        var wait = TimeSpan.FromSeconds(2);
        var article = Workload.Article(wait);
        var before = await Runners.ThreadPool().RunAsync(article, 10);

        // Every runner on the article's workload, each against its own ideal.
        (string Name, Runner Runner)[] runners =
        [
            ("serial", Runners.Serial()),
            ("process per item", Runners.ProcessPerItem()),
            ("process pool", Runners.ProcessPool()),
            ("thread per item", Runners.ThreadPerItem()),
            ("thread pool, min threads raised", Runners.ThreadPool(new ThreadPoolOptions { RaiseMinThreads = true })),
            ("tasks", Runners.Tasks()),
        ];
        var articleRuns = new Dictionary<string, RunReport>();
        foreach (var (name, runner) in runners)
        {
            var report = await runner.RunAsync(article, 10);
            articleRuns[name] = report;
            Add(new Row($"10 x 2 s, {name}: wall / ideal", report.Wall / report.Ideal, "x", 1.02, AtMost: true, $"{report.Wall.TotalSeconds:0.000} s against {report.Ideal.TotalSeconds:0.000} s"));
        }

        if (Python.IsAvailable)
        {
            var pyProcess = Python.Run("process", items: 10, wait: wait)["seconds"];
            var pyPool = Python.Run("pool", items: 10, wait: wait)["seconds"];
            Add(new Row("10 x 2 s, process per item: C# / Python Process", articleRuns["process per item"].Wall.TotalSeconds / pyProcess, "x", null, true, $"Python {pyProcess:0.000} s"));
            Add(new Row("10 x 2 s, process pool: C# / Python Pool", articleRuns["process pool"].Wall.TotalSeconds / pyPool, "x", null, true, $"Python {pyPool:0.000} s"));
        }

        // The cost of starting one worker.
        var native = StartCost.WorkerProcess(samples: 20);
        var managed = StartCost.ManagedWorkerProcess(samples: 20);
        if (File.Exists("/bin/true"))
        {
            Add(new Row("start /bin/true from .NET (the floor for any process)", StartCost.Executable("/bin/true", [], samples: 20).TotalMilliseconds, "ms", null, true, "fork, exec, pipes, wait"));
        }

        Add(new Row("start one worker: managed (JIT) worker", managed.TotalMilliseconds, "ms", null, true, "dotnet host + JIT"));
        Add(new Row($"start one worker: {(StartCost.UsesNativeWorker ? "native AOT" : "default (no AOT build)")} worker", native.TotalMilliseconds, "ms", null, true, ""));
        if (Python.IsAvailable)
        {
            var start = Python.Run("startcost");
            Add(new Row("start one worker: Python fork", start["fork_seconds"] * 1000, "ms", null, true, ""));
            Add(new Row("start one worker: Python spawn", start["spawn_seconds"] * 1000, "ms", null, true, ""));
            Add(new Row("start one worker: native AOT / Python fork", native.TotalMilliseconds / (start["fork_seconds"] * 1000), "x", 1.0, AtMost: true, "both start, run one empty item and exit"));
        }

        // CPU-bound work: speedup over serial. Each figure is the best of three runs, the usual guard against a
        // neighbour borrowing a core for a moment on a shared machine.
        var cpu = Workload.CpuBound(2_000_000);
        var items = 4 * cores;
        async Task<RunReport> Best(Runner runner)
        {
            RunReport? best = null;
            for (var run = 0; run < 3; run++)
            {
                var report = await runner.RunAsync(cpu, items);
                best = best is null || report.Wall < best.Wall ? report : best;
            }

            return best!;
        }

        var cpuSerial = await Best(Runners.Serial());
        var cpuTarget = 0.975 * cores;
        foreach (var (name, runner) in new (string, Runner)[] { ("threads", Runners.ThreadPerItem()), ("Parallel.For", Runners.ThreadPool()), ("process pool", Runners.ProcessPool()) })
        {
            var run = await Best(runner);

            // How long one item took there against serially tells whether the workers compute slower (native code,
            // shared caches) or whether the loss is in handing out items.
            var itemTime = run.Completed.Average(r => r.Duration.TotalMilliseconds) / cpuSerial.Completed.Average(r => r.Duration.TotalMilliseconds);
            Add(new Row($"CPU-bound, {items} items: {name} speedup over serial", run.SpeedupOver(cpuSerial), "x", cpuTarget, AtMost: false,
                $"best of 3; ideal {run.IdealSpeedupOver(cpuSerial):0.00}x; an item took {itemTime:0.000}x its serial time"));
        }

        // Many tiny items: the case where the article says the pool wins.
        var tiny = Workload.Article(TimeSpan.Zero);
        const int TinyItems = 10_000;
        var perItemTiny = await Runners.ProcessPerItem().RunAsync(tiny, TinyItems);
        var poolTiny = await Runners.ProcessPool().RunAsync(tiny, TinyItems);
        var parallelTiny = await Runners.ThreadPool().RunAsync(tiny, TinyItems);
        Add(new Row($"{TinyItems} tiny items: process per item / pool", perItemTiny.Wall / poolTiny.Wall, "x", 50, AtMost: false,
            $"per item {perItemTiny.Wall.TotalSeconds:0.00} s ({perItemTiny.Outcome}), pool {poolTiny.Wall.TotalSeconds:0.000} s, Parallel.For {parallelTiny.Wall.TotalMilliseconds:0.0} ms"));

        // The thread pool on blocking items, before (measured first, above) and after the fix.
        Add(new Row("thread pool on 10 blocking items, before the fix: wall / ideal", before.Wall / before.Ideal, "x", null, true, "the pool grows slowly"));
        Add(new Row("thread pool on 10 blocking items, after the fix: wall / ideal", articleRuns["thread pool, min threads raised"].Wall / articleRuns["thread pool, min threads raised"].Ideal, "x", 1.02, AtMost: true, "RaiseMinThreads"));

        Console.WriteLine();
        var table = new StringBuilder()
            .AppendLine("| figure | measured | target | verdict |")
            .AppendLine("|---|---:|---:|---|");
        foreach (var row in rows)
        {
            var target = row.Target is { } t ? (row.AtMost ? "<= " : ">= ") + t.ToString("0.###", CultureInfo.InvariantCulture) : "";
            table.AppendLine(CultureInfo.InvariantCulture, $"| {row.Figure} | {row.Measured:0.###} {row.Unit} | {target} | {row.Verdict} |");
        }

        Console.WriteLine(table);
        Directory.CreateDirectory(dataFolder);
        var csv = new StringBuilder().AppendLine("figure,measured,unit,target,at_most,verdict,note,cores,os,runtime,native_worker,date");
        foreach (var row in rows)
        {
            csv.AppendLine(CultureInfo.InvariantCulture, $"{Exporters.Csv.Quote(row.Figure)},{row.Measured:0.####},{Exporters.Csv.Quote(row.Unit)},{row.Target},{row.AtMost},{row.Verdict},{Exporters.Csv.Quote(row.Note)},{cores},{Exporters.Csv.Quote(RuntimeInformation.OSDescription)},{Environment.Version},{StartCost.UsesNativeWorker},{DateTime.UtcNow:yyyy-MM-dd}");
        }

        var path = Path.Combine(dataFolder, $"benchmark-{cores}-cores.csv");
        await File.WriteAllTextAsync(path, csv.ToString());
        await File.WriteAllTextAsync(Path.Combine(dataFolder, $"benchmark-{cores}-cores.md"), table.ToString());
        Console.WriteLine($"Written to {path} (and .md beside it).");
        return 0;
    }
}
