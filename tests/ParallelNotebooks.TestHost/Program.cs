using System.Globalization;
using ParallelNotebooks;

// usage: ParallelNotebooks.TestHost (item|pool|item-managed|pool-managed) WAIT_MS ITEMS [RUNS]
// Runs the article's item with the given wait through one process runner RUNS times (default 1), and prints
// "wall_ms outcome" per run: tests kill this process in the middle of a run, and timing runs read the walls.
// The -managed strategies use the managed (JIT) worker even where the native one is built, as a learner without a C
// toolchain has it.
if (args is not [var strategy, var waitText, var itemsText, ..] || strategy is not ("item" or "pool" or "item-managed" or "pool-managed"))
{
    Console.Error.WriteLine("usage: ParallelNotebooks.TestHost (item|pool|item-managed|pool-managed) WAIT_MS ITEMS [RUNS]");
    return 2;
}

var wait = TimeSpan.FromMilliseconds(double.Parse(waitText, CultureInfo.InvariantCulture));
var items = int.Parse(itemsText, CultureInfo.InvariantCulture);
var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
var managed = strategy.EndsWith("-managed", StringComparison.Ordinal) ? Path.Combine(AppContext.BaseDirectory, "ParallelNotebooks.Worker.dll") : null;
var runner = strategy.StartsWith("item", StringComparison.Ordinal)
    ? Runners.ProcessPerItem(new ProcessOptions { WorkerPath = managed })
    : Runners.ProcessPool(new ProcessPoolOptions { WorkerPath = managed });
var workload = Workload.Article(wait);
Console.WriteLine($"running {Environment.ProcessId}");
for (var run = 0; run < runs; run++)
{
    var report = await runner.RunAsync(workload, items);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Wall.TotalMilliseconds:0.000} {report.Outcome} {report.Failure}"));
}

return 0;
