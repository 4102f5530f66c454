using System.Net;
using System.Net.Sockets;

namespace Media.Probes.Http;

/// <summary>
/// The connect step of every probe request. It resolves the host itself, refuses the whole request if
/// any resolved address is not allowed, and connects to the address it checked, so a DNS answer that
/// changes between check and connect (rebinding) cannot slip a private address in. Reserved names
/// (<see cref="ReservedNames"/>) never reach the resolver.
/// </summary>
/// <param name="policy">Which addresses may be connected to.</param>
/// <param name="resolve">The resolver: the system's, or in tests one that counts its calls.</param>
internal sealed class GuardedConnector(AddressPolicy policy, Func<string, CancellationToken, Task<IPAddress[]>> resolve)
{
    private static readonly IPAddress[] Loopback = [IPAddress.Loopback, IPAddress.IPv6Loopback];

    /// <summary>Refuses a URL whose scheme or literal IP address is not allowed, before any traffic.</summary>
    public string? Precheck(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return $"only http and https URLs are fetched, not '{url}'";
        }

        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && IPAddress.TryParse(url.Host.Trim('[', ']'), out var literal)
            && !policy.Allows(new IPEndPoint(literal, url.Port)))
        {
            return $"{literal} is not a public address";
        }

        return url.HostNameType == UriHostNameType.Dns ? ReservedNames.Refusal(url.IdnHost) : null;
    }

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var port = context.DnsEndPoint.Port;
        if (ReservedNames.Refusal(host) is { } reserved)
        {
            // Precheck already refused it; this keeps the promise for any request that reaches the connector.
            throw new AddressRefusedException(reserved);
        }

        var addresses = IPAddress.TryParse(host, out var literal) ? [literal]
            : ReservedNames.IsLoopback(host) ? Loopback
            : await ResolveAsync(host, ct).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        foreach (var address in addresses)
        {
            if (!policy.Allows(new IPEndPoint(address, port)))
            {
                throw new AddressRefusedException($"{host} resolves to {address}, which is not a public address");
            }
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), ct).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }

    private async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        try
        {
            return await resolve(host, ct).ConfigureAwait(false);
        }
        catch (SocketException e) when (ResolverDownException.IsResolverDown(e))
        {
            throw new ResolverDownException($"the resolver did not answer for {host} ({e.SocketErrorCode})", e);
        }
    }
}
