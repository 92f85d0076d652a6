using System.Globalization;
using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using ParallelNotebooks.Silo;

// Usage: ParallelNotebooks.Silo silo SILO_PORT GATEWAY_PORT PRIMARY_SILO_PORT
//        ParallelNotebooks.Silo driver RESPONSE_TIMEOUT_MS GATEWAY_PORT...
// Each role prints "ready" once it has joined the cluster, then runs until its standard input closes, so no silo or
// driver outlives the process that started it (a notebook kernel restart included).
return args switch
{
    ["silo", var silo, var gateway, var primary] when Port(silo) is { } s && Port(gateway) is { } g && Port(primary) is { } p =>
        await SiloAsync(s, g, p),
    ["driver", var timeout, .. var gateways] when Port(timeout) is { } ms && gateways.Length > 0 && gateways.All(x => Port(x) is not null) =>
        await Driver.RunAsync(TimeSpan.FromMilliseconds(ms), [.. gateways.Select(x => Port(x)!.Value)]),
    _ => Usage(),
};

static int? Port(string text) => int.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;

static int Usage()
{
    Console.Error.WriteLine("usage: ParallelNotebooks.Silo silo SILO_PORT GATEWAY_PORT PRIMARY_SILO_PORT | driver RESPONSE_TIMEOUT_MS GATEWAY_PORT...");
    return 2;
}

static async Task<int> SiloAsync(int siloPort, int gatewayPort, int primaryPort)
{
    using var host = Host.CreateDefaultBuilder()
        .ConfigureLogging(logging => logging.ClearProviders())
        .UseOrleans(orleans => orleans
            .UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, primaryPort))
            // On one machine a silo that stops answering has died: vote it out within seconds, not the default tens
            // of seconds, so items sent again do not wait on its share of the grain directory.
            .Configure<ClusterMembershipOptions>(membership =>
            {
                membership.ProbeTimeout = TimeSpan.FromSeconds(2);
                membership.NumMissedProbesLimit = 2;
                membership.NumVotesForDeathDeclaration = 1;
            }))
        .Build();
    await host.StartAsync();
    Console.WriteLine("ready");
    await Console.In.ReadToEndAsync();
    using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
    try
    {
        await host.StopAsync(patience.Token);
    }
    catch (OperationCanceledException)
    {
        // Leaving without a goodbye is fine: the process ends either way.
    }

    return 0;
}
