using System.Globalization;
using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Usage: ParallelNotebooks.Silo SILO_PORT GATEWAY_PORT PRIMARY_SILO_PORT
// Prints "ready" once the silo has joined the cluster, then runs until its standard input closes.
if (args is not [var silo, var gateway, var primary]
    || !int.TryParse(silo, CultureInfo.InvariantCulture, out var siloPort)
    || !int.TryParse(gateway, CultureInfo.InvariantCulture, out var gatewayPort)
    || !int.TryParse(primary, CultureInfo.InvariantCulture, out var primaryPort))
{
    Console.Error.WriteLine("usage: ParallelNotebooks.Silo SILO_PORT GATEWAY_PORT PRIMARY_SILO_PORT");
    return 2;
}

using var host = Host.CreateDefaultBuilder()
    .ConfigureLogging(logging => logging.ClearProviders())
    .UseOrleans(orleans => orleans.UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, primaryPort)))
    .Build();
await host.StartAsync();
Console.WriteLine("ready");

// The process that started the silo holds its standard input. When that closes (the cluster was disposed, or the
// notebook kernel that started it died), the silo stops, so no silo outlives its cluster.
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
