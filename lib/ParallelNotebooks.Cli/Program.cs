using ParallelNotebooks.Cli;

// Usage: ParallelNotebooks.Cli tour [output folder]
const string Usage = "usage: ParallelNotebooks.Cli tour [output folder]";
return args switch
{
    ["tour"] => await Tour.RunAsync(Path.Combine("output", "tour")),
    ["tour", var folder] => await Tour.RunAsync(folder),
    _ => Fail(Usage),
};

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
