using System.Threading.Channels;
using ParallelNotebooks.Silo;

namespace ParallelNotebooks;

/// <summary>
/// Runs the items on a <see cref="LocalCluster"/>: hands the run to the cluster's driver, which deals the items out
/// over the silos and sends again those whose attempt did not come back (up to <see cref="ClusterOptions.MaxAttempts"/>
/// times), and records each result as it comes back, named after the silo process that ran it, and each attempt given
/// up, so the report shows attempts beside results. The run honours its timeout and token like every runner; a
/// driver that dies, or a cluster with no silo left, fails the run with the reason.
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
            var (id, lines) = cluster.BeginRun();
            if (!cluster.TrySendToDriver(ClusterProtocol.Line(ClusterProtocol.RunCommand, id, options.MaxAttempts, context.Items, context.Workload.Spec)))
            {
                context.Fail(await cluster.DriverGoneAsync().ConfigureAwait(false));
                return;
            }

            try
            {
                if (await ReadRunAsync(context, lines).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (context.Token.IsCancellationRequested)
            {
                // Stopped here (timeout, caller, a failure): stop the driver too. Whatever it still says of this run
                // is dropped, because the next run has another id.
                cluster.TrySendToDriver(ClusterProtocol.Line(ClusterProtocol.CancelCommand, id));
                throw;
            }

            context.Fail(await cluster.DriverGoneAsync().ConfigureAwait(false));
        }
        finally
        {
            cluster.EndRun();
            cluster.RunGate.Release();
        }
    }

    /// <summary>Records the run's lines until the driver says it is done (true) or its output ends (false).</summary>
    private async Task<bool> ReadRunAsync(RunContext context, ChannelReader<string> lines)
    {
        await foreach (var line in lines.ReadAllAsync(context.Token).ConfigureAwait(false))
        {
            switch (ClusterProtocol.Split(line, 6))
            {
                case (ClusterProtocol.ResultLine, [_, var item, var start, var end, var pid, var result])
                    when ClusterProtocol.TryInt(item, out var i) && ClusterProtocol.TryLong(start, out var s)
                        && ClusterProtocol.TryLong(end, out var e) && ClusterProtocol.TryInt(pid, out var p):
                    context.Record(i, result, s, e, $"silo {p}");
                    break;
                case (ClusterProtocol.LostLine, [_, var item, var sent, var gaveUp, var port, var reason])
                    when ClusterProtocol.TryInt(item, out var i) && ClusterProtocol.TryLong(sent, out var s)
                        && ClusterProtocol.TryLong(gaveUp, out var g) && ClusterProtocol.TryInt(port, out var p):
                    context.RecordAbandoned(i, reason, s, g, cluster.SiloNamed(p));
                    break;
                case (ClusterProtocol.FailLine, [_, .. var message]):
                    context.Fail(string.Join('\t', message));
                    break;
                case (ClusterProtocol.DoneLine, _):
                    return true;
                default:
                    context.Fail($"The cluster's driver wrote '{line}', which this runner does not understand.");
                    break;
            }
        }

        return false;
    }
}
