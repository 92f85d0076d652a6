using System.Runtime.InteropServices;
using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Cli;

/// <summary>
/// Measures every figure the kit promises, side by side in one run, and prints each as a ratio beside its target:
/// ratios survive a noisy machine better than seconds do. <see cref="BenchmarkReport"/> shows and keeps the rows.
/// </summary>
internal static class Benchmark
{
    private static readonly TimeSpan ArticleWait = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(string dataFolder)
    {
        Console.WriteLine($"Benchmark on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; " +
            $"native worker: {(StartCost.UsesNativeWorker ? "yes" : "no")}; python3: {Python.Describe}.");
        var rows = new List<BenchmarkRow>();
        void Add(BenchmarkRow row)
        {
            rows.Add(row);
            BenchmarkReport.Print(row);
        }

        // The thread pool on blocking items before the fix comes first, while the pool is as small as a fresh
        // process has it: once grown, idle pool threads linger and would hide the trap.
        var before = await Runners.ThreadPool().RunAsync(Workload.Article(ArticleWait), 10);

        var article = await ArticleRunnersAsync(Add);
        WorkerStart(Add);
        await CpuBoundAsync(Add);
        await TinyItemsAsync(Add);
        await TinyItemsAgainstPythonAsync(Add);
        await ManyWaitsAsync(Add);

        var fixedPool = article["thread pool, min threads raised"];
        Add(new BenchmarkRow("thread pool on 10 blocking items, before the fix: wall / ideal", before.Wall / before.Ideal, "x", null, true, "the pool grows slowly"));
        Add(new BenchmarkRow("thread pool on 10 blocking items, after the fix: wall / ideal", fixedPool.Wall / fixedPool.Ideal, "x", 1.02, AtMost: true, "RaiseMinThreads"));

        Console.WriteLine();
        Console.WriteLine(BenchmarkReport.Markdown(rows));
        var path = await BenchmarkReport.WriteAsync(rows, dataFolder);
        Console.WriteLine($"Written to {path} (and .md beside it).");
        return 0;
    }

    /// <summary>
    /// A million waiting items through the tasks runner, end to end, and many waits held at once on tasks and on threads
    /// (the scale experiment of lesson 10), each with its time and memory per wait.
    /// </summary>
    private static async Task ManyWaitsAsync(Action<BenchmarkRow> add)
    {
        const int Million = 1_000_000;
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var report = await Runners.Tasks().RunAsync(Workload.Io(TimeSpan.Zero), Million);
        var wall = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        add(new BenchmarkRow("1 000 000 items on Io(0) through the tasks runner, end to end", wall.TotalSeconds, "s", 2.0, AtMost: true,
            $"{report.Completed.Count} of {Million} completed, {report.Outcome}"));

        var waits = ConcurrentWaits.Measure();
        foreach (var cost in new[] { waits.Tasks[^1], waits.Threads[^1] })
        {
            add(new BenchmarkRow($"{cost.Count} waits at once on {cost.Strategy}: time per wait", cost.MicrosecondsPerWait, "us", null, true,
                $"{cost.Wall.TotalMilliseconds:0} ms, {cost.BytesPerWait:0} bytes per wait"));
        }

        add(new BenchmarkRow("threads stop at", waits.SafeThreadCount, "threads", null, true, waits.ThreadLimit));
    }

    /// <summary>Every runner on the article's workload, each against its own ideal, and the process runners against Python.</summary>
    private static async Task<Dictionary<string, RunReport>> ArticleRunnersAsync(Action<BenchmarkRow> add)
    {
        var article = Workload.Article(ArticleWait);
        (string Name, Runner Runner)[] runners =
        [
            ("serial", Runners.Serial()),
            ("process per item", Runners.ProcessPerItem()),
            ("process pool", Runners.ProcessPool()),
            ("thread per item", Runners.ThreadPerItem()),
            ("thread pool, min threads raised", Runners.ThreadPool(new ThreadPoolOptions { RaiseMinThreads = true })),
            ("tasks", Runners.Tasks()),
        ];
        var runs = new Dictionary<string, RunReport>();
        foreach (var (name, runner) in runners)
        {
            var report = await runner.RunAsync(article, 10);
            runs[name] = report;
            add(new BenchmarkRow($"10 x 2 s, {name}: wall / ideal", report.Wall / report.Ideal, "x", 1.02, AtMost: true, $"{report.Wall.TotalSeconds:0.000} s against {report.Ideal.TotalSeconds:0.000} s"));
        }

        if (Python.IsAvailable)
        {
            var pyProcess = Python.Run("process", items: 10, wait: ArticleWait)["seconds"];
            var pyPool = Python.Run("pool", items: 10, wait: ArticleWait)["seconds"];
            add(new BenchmarkRow("10 x 2 s, process per item: C# / Python Process", runs["process per item"].Wall.TotalSeconds / pyProcess, "x", null, true, $"Python {pyProcess:0.000} s"));
            add(new BenchmarkRow("10 x 2 s, process pool: C# / Python Pool", runs["process pool"].Wall.TotalSeconds / pyPool, "x", null, true, $"Python {pyPool:0.000} s"));
        }

        return runs;
    }

    /// <summary>The cost of starting one worker, beside the floor under any process start and Python's.</summary>
    private static void WorkerStart(Action<BenchmarkRow> add)
    {
        var native = StartCost.WorkerProcess(samples: 20);
        var managed = StartCost.ManagedWorkerProcess(samples: 20);
        if (File.Exists("/bin/true"))
        {
            add(new BenchmarkRow("start /bin/true from .NET (the floor for any process)", StartCost.Executable("/bin/true", [], samples: 20).TotalMilliseconds, "ms", null, true, "fork, exec, pipes, wait"));
        }

        add(new BenchmarkRow("start one worker: managed (JIT) worker", managed.TotalMilliseconds, "ms", null, true, "dotnet host + JIT"));
        add(new BenchmarkRow($"start one worker: {(StartCost.UsesNativeWorker ? "native AOT" : "default (no AOT build)")} worker", native.TotalMilliseconds, "ms", null, true, ""));
        if (Python.IsAvailable)
        {
            var start = Python.Run("startcost");
            add(new BenchmarkRow("start one worker: Python fork", start["fork_seconds"] * 1000, "ms", null, true, ""));
            add(new BenchmarkRow("start one worker: Python spawn", start["spawn_seconds"] * 1000, "ms", null, true, ""));
            add(new BenchmarkRow("start one worker: native AOT / Python fork", native.TotalMilliseconds / (start["fork_seconds"] * 1000), "x", 1.0, AtMost: true, "both start, run one empty item and exit"));
        }
    }

    /// <summary>
    /// CPU-bound work: speedup over serial. Each figure is the best of three runs, the usual guard against a
    /// neighbour borrowing a core for a moment on a shared machine.
    /// </summary>
    private static async Task CpuBoundAsync(Action<BenchmarkRow> add)
    {
        var cores = Environment.ProcessorCount;
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

        var serial = await Best(Runners.Serial());
        foreach (var (name, runner) in new (string, Runner)[] { ("threads", Runners.ThreadPerItem()), ("Parallel.For", Runners.ThreadPool()), ("process pool", Runners.ProcessPool()) })
        {
            var run = await Best(runner);

            // How long one item took there against serially tells whether the workers compute slower (native code,
            // shared caches) or whether the loss is in handing out items.
            var itemTime = run.Completed.Average(r => r.Duration.TotalMilliseconds) / serial.Completed.Average(r => r.Duration.TotalMilliseconds);
            add(new BenchmarkRow($"CPU-bound, {items} items: {name} speedup over serial", run.SpeedupOver(serial), "x", 0.975 * cores, AtMost: false,
                $"best of 3; ideal {run.IdealSpeedupOver(serial):0.00}x; an item took {itemTime:0.000}x its serial time"));
        }
    }

    /// <summary>Many tiny items: the case where the article says the pool wins.</summary>
    private static async Task TinyItemsAsync(Action<BenchmarkRow> add)
    {
        const int Items = 10_000;
        var tiny = Workload.Article(TimeSpan.Zero);
        var perItem = await Runners.ProcessPerItem().RunAsync(tiny, Items);
        var pool = await Runners.ProcessPool().RunAsync(tiny, Items);
        var parallel = await Runners.ThreadPool().RunAsync(tiny, Items);
        add(new BenchmarkRow($"{Items} tiny items: process per item / pool", perItem.Wall / pool.Wall, "x", 50, AtMost: false,
            $"per item {perItem.Wall.TotalSeconds:0.00} s ({perItem.Outcome}), pool {pool.Wall.TotalSeconds:0.000} s, Parallel.For {parallel.Wall.TotalMilliseconds:0.0} ms"));
    }

    /// <summary>
    /// The article's closing experiment, 1000 items without the sleep, against Python's multiprocessing (forked) in
    /// the same run. The runs alternate, C# then Python, so a neighbour's load falls on both; each ratio is of medians,
    /// and the note gives every run's range, since the verdict can rest on a small difference.
    /// </summary>
    private static async Task TinyItemsAgainstPythonAsync(Action<BenchmarkRow> add)
    {
        if (!Python.IsAvailable)
        {
            return;
        }

        const int Items = 1000;
        const int Runs = 5;
        var tiny = Workload.Article(TimeSpan.Zero);
        var (perItem, pool) = (Runners.ProcessPerItem(), Runners.ProcessPool());

        // One run of each first, so the parent's code is compiled before it is timed, as Python's is before its timer.
        await perItem.RunAsync(tiny, Items);
        await pool.RunAsync(tiny, Items);
        var times = new Dictionary<string, List<double>> { ["C# item"] = [], ["C# pool"] = [], ["Python item"] = [], ["Python pool"] = [] };
        for (var run = 0; run < Runs; run++)
        {
            times["C# item"].Add(Completed(await perItem.RunAsync(tiny, Items)));
            times["C# pool"].Add(Completed(await pool.RunAsync(tiny, Items)));
            var python = Python.Run("tiny", items: Items);
            times["Python item"].Add(python["process_seconds"]);
            times["Python pool"].Add(python["pool_seconds"]);
        }

        foreach (var (figure, ours, theirs) in new[] { ("process per item: C# / Python Process", "C# item", "Python item"), ("pool: C# / Python Pool", "C# pool", "Python pool") })
        {
            add(new BenchmarkRow($"{Items} items, no sleep, {figure}", Median(times[ours]) / Median(times[theirs]), "x", 1.0, AtMost: true,
                $"median of {Runs}: C# {Describe(times[ours])}, Python (fork) {Describe(times[theirs])}"));
        }
    }

    private static double Completed(RunReport report) =>
        report.Outcome == RunOutcome.Completed ? report.Wall.TotalSeconds : throw new InvalidOperationException($"A benchmark run did not complete: {report.Failure}");

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Describe(List<double> seconds) =>
        FormattableString.Invariant($"{Median(seconds) * 1000:0.0} ms ({seconds.Min() * 1000:0.0} to {seconds.Max() * 1000:0.0})");
}
