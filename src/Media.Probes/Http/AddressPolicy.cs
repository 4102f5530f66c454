using System.Collections.Frozen;
using System.Net;

namespace Media.Probes.Http;

/// <summary>
/// Decides which resolved endpoints a probe may connect to. The default refuses every non-public
/// address; <see cref="AlsoAllowing"/> admits exact endpoints (address and port), which is how an
/// operator reaches a self-hosted RSSHub on the intranet, and how tests stand a loopback server in for
/// "a public site" while every other private address stays refused.
/// </summary>
public sealed class AddressPolicy
{
    private readonly bool _allowPrivate;
    private readonly FrozenSet<IPEndPoint> _exceptions;

    private AddressPolicy(bool allowPrivate, IEnumerable<IPEndPoint> exceptions)
    {
        _allowPrivate = allowPrivate;
        _exceptions = exceptions.Select(Normalize).ToFrozenSet();
    }

    public static AddressPolicy PublicOnly { get; } = new(false, []);

    public static AddressPolicy AllowAll { get; } = new(true, []);

    public static AddressPolicy For(ProbeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AllowPrivateAddresses ? AllowAll : PublicOnly;
    }

    /// <summary>This policy, plus one exact endpoint that is allowed whatever its address.</summary>
    public AddressPolicy AlsoAllowing(IPEndPoint endPoint)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        return new AddressPolicy(_allowPrivate, _exceptions.Append(endPoint));
    }

    public bool Allows(IPEndPoint endPoint)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        return _allowPrivate || _exceptions.Contains(Normalize(endPoint)) || AddressRanges.IsPublic(endPoint.Address);
    }

    // ::ffff:127.0.0.1 and 127.0.0.1 are the same endpoint for the exception list too.
    private static IPEndPoint Normalize(IPEndPoint endPoint) =>
        endPoint.Address.IsIPv4MappedToIPv6 ? new IPEndPoint(endPoint.Address.MapToIPv4(), endPoint.Port) : endPoint;
}
