using ParallelNotebooks.Cli;

const string Usage = """
    usage:
      ParallelNotebooks.Cli lessons [notebooks folder] [output folder] [name part]
          execute every notebook (or those whose name holds the part), write outputs (default: notebooks output/lessons)
      ParallelNotebooks.Cli ledger                      run every lesson at full size and refresh data/claims-ledger.csv
      ParallelNotebooks.Cli tour [output folder]        the article's example through every runner (default: output/tour)
      ParallelNotebooks.Cli bench [data folder]         every promised figure as a ratio beside its target (default: data/benchmarks)
      ParallelNotebooks.Cli pictures [folder]           the README's charts from real runs, as PNG (default: docs/images; needs Chromium)
    """;
return args switch
{
    ["lessons"] => await Lessons.RunAsync("notebooks", Path.Combine("output", "lessons")),
    ["lessons", var notebooks, var output] => await Lessons.RunAsync(notebooks, output),
    ["lessons", var notebooks, var output, var only] => await Lessons.RunAsync(notebooks, output, only),
    ["ledger"] => await Lessons.RefreshLedgerAsync("notebooks", Path.Combine("output", "lessons")),
    ["bench"] => await Benchmark.RunAsync(Path.Combine("data", "benchmarks")),
    ["bench", var folder] => await Benchmark.RunAsync(folder),
    ["pictures"] => await Pictures.RunAsync(Path.Combine("docs", "images")),
    ["pictures", var folder] => await Pictures.RunAsync(folder),
    ["tour"] => await Tour.RunAsync(Path.Combine("output", "tour")),
    ["tour", var folder] => await Tour.RunAsync(folder),
    _ => Fail(Usage),
};

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
