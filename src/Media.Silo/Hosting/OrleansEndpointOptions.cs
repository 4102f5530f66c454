using System.Net;
using System.Net.Sockets;

namespace Media.Silo.Hosting;

/// <summary>
/// The <c>Orleans</c> configuration section: where a silo listens for other silos and for clients. Fixed ports are
/// for the cluster profile, whose silos must find each other; the embedded silo talks to nobody, so unless told
/// otherwise it takes a free loopback port and opens no gateway (the web API is co-hosted), and a second embedded
/// instance on the same machine (another data directory) starts fine.
/// </summary>
public sealed class OrleansEndpointOptions
{
    public const string Section = "Orleans";

    public const int ClusterSiloPort = 11111;
    public const int ClusterGatewayPort = 30000;

    /// <summary>Silo-to-silo port; unset: 11111 in a cluster, a free loopback port when embedded.</summary>
    public int? SiloPort { get; set; }

    /// <summary>Gateway port for external Orleans clients; 0 opens none; unset: 30000 in a cluster, none when embedded.</summary>
    public int? GatewayPort { get; set; }

    /// <summary>
    /// The address other silos reach this one at (cluster profile). Empty: the first IPv4 address of the
    /// host name, which is right for one silo per machine on a plain network.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>The ports to bind for <paramref name="profile"/>.</summary>
    public (int Silo, int Gateway) PortsFor(string profile) => profile == Profiles.Cluster
        ? (SiloPort ?? ClusterSiloPort, GatewayPort ?? ClusterGatewayPort)
        : (SiloPort ?? FreeLoopbackPort(), GatewayPort ?? 0);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
