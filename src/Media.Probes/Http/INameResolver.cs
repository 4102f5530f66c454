using System.Net;

namespace Media.Probes.Http;

/// <summary>
/// Name resolution for the guarded connector. The system resolver is the default; a host (or a test) may put another in
/// its place, e.g. one that stands for "Media's own resolver is down" without touching the machine's network.
/// </summary>
public interface INameResolver
{
    /// <summary>The addresses of <paramref name="host"/>; throws <see cref="System.Net.Sockets.SocketException"/> as the system resolver does.</summary>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct);
}

/// <summary>The operating system's resolver (<see cref="Dns"/>).</summary>
public sealed class SystemNameResolver : INameResolver
{
    public static SystemNameResolver Instance { get; } = new();

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => Dns.GetHostAddressesAsync(host, ct);
}
