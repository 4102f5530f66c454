using System.Net;
using System.Net.Sockets;
using Media.Probes.Http;

namespace Media.Silo.Tests.Websites.Probing;

/// <summary>
/// Stands in for the machine's resolver (a seam of the fetcher, not Media's code): the test sites' <c>.gov.cn</c> names
/// resolve to loopback and every other name does not exist, so nothing outside is ever asked. <see cref="Down"/> makes
/// it stop answering (TryAgain), as Media's resolver does when its own network is cut.
/// </summary>
internal sealed class LoopbackResolver : INameResolver
{
    private volatile bool _down;

    public bool Down
    {
        get => _down;
        set => _down = value;
    }

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        if (Down)
        {
            return Task.FromException<IPAddress[]>(new SocketException((int)SocketError.TryAgain));
        }

        return host.EndsWith(".gov.cn", StringComparison.OrdinalIgnoreCase)
            ? Task.FromResult<IPAddress[]>([IPAddress.Loopback])
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }
}
