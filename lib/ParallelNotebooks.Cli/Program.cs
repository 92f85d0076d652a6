using System.CommandLine;
using ParallelNotebooks.Cli;

// Ctrl+C and SIGTERM cancel the token each command is given; the runs it starts then stop and kill their child
// processes, so nothing the command started outlives it.
var lessons = new Command("lessons", "Execute every lesson notebook headless through the pinned kernel; write outputs, charts and a results table.");
var notebooksFolder = new Argument<string>("notebooks") { Description = "The folder of notebooks.", DefaultValueFactory = _ => "notebooks" };
var lessonsOutput = new Argument<string>("output") { Description = "Where executed notebooks and charts go.", DefaultValueFactory = _ => Path.Combine("output", "lessons") };
var only = new Argument<string>("name-part") { Description = "Run only the notebooks whose name holds this text.", DefaultValueFactory = _ => "" };
lessons.Arguments.Add(notebooksFolder);
lessons.Arguments.Add(lessonsOutput);
lessons.Arguments.Add(only);
lessons.SetAction((parse, _) => Lessons.RunAsync(parse.GetValue(notebooksFolder)!, parse.GetValue(lessonsOutput)!, parse.GetValue(only)!));

var ledger = new Command("ledger", "Run every lesson at full size and refresh the reference ledger, data/claims-ledger.csv, naming this machine.");
ledger.SetAction((_, _) => Lessons.RefreshLedgerAsync("notebooks", Path.Combine("output", "lessons")));

var tour = new Command("tour", "The article's example through every runner, each measured beside its ideal.");
var tourOutput = new Argument<string>("output") { Description = "Where the table and charts go.", DefaultValueFactory = _ => Path.Combine("output", "tour") };
tour.Arguments.Add(tourOutput);
tour.SetAction((parse, cancellationToken) => Tour.RunAsync(parse.GetValue(tourOutput)!, cancellationToken));

var bench = new Command("bench", "Every figure the kit promises, as a ratio beside its target, measured side by side in one run.");
var benchOutput = new Argument<string>("data") { Description = "Where the results go.", DefaultValueFactory = _ => Path.Combine("data", "benchmarks") };
bench.Arguments.Add(benchOutput);
bench.SetAction((parse, _) => Benchmark.RunAsync(parse.GetValue(benchOutput)!));

var pictures = new Command("pictures", "The README's charts from real runs, as PNG (needs Chromium).");
var picturesOutput = new Argument<string>("folder") { Description = "Where the pictures go.", DefaultValueFactory = _ => Path.Combine("docs", "images") };
pictures.Arguments.Add(picturesOutput);
pictures.SetAction((parse, _) => Pictures.RunAsync(parse.GetValue(picturesOutput)!));

var twins = new Command("twins", "Write each notebook's twin, a C# file-based app that runs the lesson without a notebook extension.");
var twinsNotebooks = new Argument<string>("notebooks") { Description = "The folder of notebooks.", DefaultValueFactory = _ => "notebooks" };
var twinsOutput = new Argument<string>("twins") { Description = "Where the twins go.", DefaultValueFactory = _ => "lessons" };
twins.Arguments.Add(twinsNotebooks);
twins.Arguments.Add(twinsOutput);
twins.SetAction(parse => Twins.Write(parse.GetValue(twinsNotebooks)!, parse.GetValue(twinsOutput)!));

var root = new RootCommand("Parallel C# Notebooks: the article's experiments, measured on this machine.") { lessons, ledger, tour, bench, pictures, twins };
return await root.Parse(args).InvokeAsync();
