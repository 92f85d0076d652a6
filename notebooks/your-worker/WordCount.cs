// Your own worker: a C# file-based app whose one call, WorkerHost.Serve, hands the function of one input to the kit's
// process runners. Lesson 12 (../12-your-own-work.ipynb) builds it with WorkerFile.Build and runs it on them; change the
// function, run the lesson's cell again, and the kit rebuilds it.
#:project ../../lib/ParallelNotebooks.Hosting/ParallelNotebooks.Hosting.csproj

using System.Text.RegularExpressions;
using ParallelNotebooks.Hosting;

// Each input is the path of a text file; each result names its word count and its most frequent word.
WorkerHost.Serve(path =>
{
    var counts = new Dictionary<string, int>();
    foreach (Match word in Regex.Matches(File.ReadAllText(path).ToLowerInvariant(), "[a-z']+"))
    {
        counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
    }

    var top = counts.MaxBy(c => c.Value);
    return $"{counts.Values.Sum()} words, '{top.Key}' {top.Value} times";
});
