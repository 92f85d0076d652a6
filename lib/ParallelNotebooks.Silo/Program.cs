using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ParallelNotebooks.Silo;

// Usage: ParallelNotebooks.Silo silo SILO_PORT GATEWAY_PORT PRIMARY_SILO_PORT
//        ParallelNotebooks.Silo driver RESPONSE_TIMEOUT_MS SILOS GATEWAY_PORT
// Each role prints "ready" once it has joined the cluster, then reads its standard input (see ClusterProtocol) until
// it closes, and then ends within a second, so no silo or driver outlives the process that started it, even one
// killed with SIGKILL (its end of the pipe closes all the same).
return args switch
{
    ["silo", var silo, var gateway, var primary] when Port(silo) is { } s && Port(gateway) is { } g && Port(primary) is { } p =>
        await SiloAsync(s, g, p),
    ["driver", var timeout, var silos, var gateway] when Port(timeout) is { } ms && Port(silos) is { } n && n > 0 && Port(gateway) is { } g =>
        await Driver.RunAsync(TimeSpan.FromMilliseconds(ms), n, g),
    _ => Usage(),
};

static int? Port(string text) => int.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;

static int Usage()
{
    Console.Error.WriteLine("usage: ParallelNotebooks.Silo silo SILO_PORT GATEWAY_PORT PRIMARY_SILO_PORT | driver RESPONSE_TIMEOUT_MS SILOS GATEWAY_PORT");
    return 2;
}

static async Task<int> SiloAsync(int siloPort, int gatewayPort, int primaryPort)
{
    var parent = Exit.WatchParent();
    // Orleans' own failure detection stays at its defaults (probes every 5 s, three missed, two votes): quicker
    // settings voted out silos that were only starved of CPU. A silo that really died is known at once here: its
    // parent sees the process exit and says so ("dead, port"), and this silo evicts it from the membership.
    using var host = Host.CreateDefaultBuilder()
        .ConfigureLogging(logging => logging.ClearProviders())
        .UseOrleans(orleans => orleans.UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, primaryPort)))
        .Build();
    await host.StartAsync();
    Console.WriteLine(ClusterProtocol.Ready);
    var membership = host.Services.GetRequiredService<IClusterMembershipService>();
    await foreach (var line in parent.ReadAllAsync())
    {
        switch (ClusterProtocol.Split(line, 1))
        {
            case (ClusterProtocol.DeadCommand, [var port]) when ClusterProtocol.TryInt(port, out var dead):
                foreach (var member in membership.CurrentSnapshot.Members.Keys.Where(s => s.Endpoint.Port == dead))
                {
                    await membership.TryKill(member);
                }

                break;
            case (ClusterProtocol.DieCommand, [var from]) when ClusterProtocol.TryInt(from, out var attempt):
                Fate.DieFrom(attempt);
                Console.WriteLine(ClusterProtocol.Line(ClusterProtocol.DoomedLine, attempt));
                break;
        }
    }

    await Exit.StopAsync(host);
    return 0;
}
