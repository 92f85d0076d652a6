namespace ParallelNotebooks.Running.Processes;

/// <summary>
/// The <c>dotnet</c> host that starts a managed program as a child process: the worker when no native build is there,
/// and the cluster's silos, which are always managed. Public so that the cluster assembly needs none of the core's
/// internals.
/// </summary>
public static class DotnetHost
{
    /// <summary>
    /// The host the SDK names (<c>DOTNET_HOST_PATH</c>, set under <c>dotnet test</c> and <c>dotnet run</c>), else the one
    /// running this process (a notebook kernel, the command-line tool), else <c>dotnet</c> from the PATH.
    /// </summary>
    public static string Path
    {
        get
        {
            var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
            {
                return fromSdk;
            }

            var self = Environment.ProcessPath;
            return self is not null && System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        }
    }
}
