using System.Diagnostics;

namespace ParallelNotebooks.Tests.Kit;

/// <summary>The reference ledger in data/ changes only through the CLI's ledger command, and only at full size.</summary>
public sealed class LedgerCommandTests
{
    [Fact]
    public async Task Ledger_SmallMode_RefusesAndLeavesTheReferenceLedgerAlone()
    {
        var ledger = Path.Combine(Repository.Root, "data", "claims-ledger.csv");
        var before = await File.ReadAllTextAsync(ledger);
        var cli = Path.Combine(Repository.Root, "lib", "ParallelNotebooks.Cli", "bin", "Debug", "net10.0", "ParallelNotebooks.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "ledger"])
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment[ParallelNotebooks.LessonScale.Variable] = "0.05";

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains(ParallelNotebooks.LessonScale.Variable, errors);
        Assert.Equal(before, await File.ReadAllTextAsync(ledger));
    }
}
