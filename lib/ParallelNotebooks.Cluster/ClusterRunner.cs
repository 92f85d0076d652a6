using ParallelNotebooks.Running;
using ParallelNotebooks.Running.Processes;

namespace ParallelNotebooks.Cluster;

/// <summary>
/// Runs the items on a <see cref="LocalCluster"/>: hands the run to the cluster's driver, which deals the items out
/// over the silos and sends again those whose silo died (up to <see cref="ClusterOptions.MaxAttempts"/> times), and
/// records each result as it comes back, named after the silo process that ran it.
/// </summary>
internal sealed class ClusterRunner(ClusterOptions options, LocalCluster cluster, int silos) : Runner(options)
{
    public override string Strategy => $"cluster ({silos} silos)";

    protected override (int Workers, int ChunkSize) Schedule(int items) => (items, 1);

    protected override async Task ExecuteAsync(RunContext context)
    {
        await cluster.RunGate.WaitAsync(context.Token).ConfigureAwait(false);
        try
        {
            cluster.SendToDriver(ClusterProtocol.Run(options.MaxAttempts, context.Items, context.Workload.Spec));
            using (context.Token.Register(() => cluster.SendToDriver(ClusterProtocol.Cancel)))
            {
                // Read to the driver's "done" even after a stop, so the next run starts on a quiet line.
                while (await cluster.Driver.StandardOutput.ReadLineAsync(CancellationToken.None).ConfigureAwait(false) is { } line && line != ClusterProtocol.Done)
                {
                    if (ClusterProtocol.TryParseFail(line, out var message))
                    {
                        context.Fail(message);
                        continue;
                    }

                    var result = WorkerProtocol.ParseResult(line);
                    context.Record(result.Item, result.Result, result.Start, result.End, $"silo {result.ProcessId}");
                }
            }
        }
        finally
        {
            cluster.RunGate.Release();
        }

        if (cluster.Driver.HasExited)
        {
            context.Fail($"The cluster's driver process exited with code {cluster.Driver.ExitCode}.");
        }

        context.Token.ThrowIfCancellationRequested();
    }
}
