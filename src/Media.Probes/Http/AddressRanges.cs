using System.Net;

namespace Media.Probes.Http;

/// <summary>
/// Non-public address ranges (RFC 6890 special-purpose registries): anything a probe must not reach
/// unless allowed. IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4) are judged by that address.
/// </summary>
public static class AddressRanges
{
    private static readonly IPNetwork[] NonPublic =
    [
        // IPv4
        IPNetwork.Parse("0.0.0.0/8"),          // "this network", incl. unspecified
        IPNetwork.Parse("10.0.0.0/8"),         // private
        IPNetwork.Parse("100.64.0.0/10"),      // carrier-grade NAT
        IPNetwork.Parse("127.0.0.0/8"),        // loopback
        IPNetwork.Parse("169.254.0.0/16"),     // link-local, incl. cloud metadata 169.254.169.254
        IPNetwork.Parse("172.16.0.0/12"),      // private
        IPNetwork.Parse("192.0.0.0/24"),       // IETF protocol assignments
        IPNetwork.Parse("192.0.2.0/24"),       // documentation
        IPNetwork.Parse("192.168.0.0/16"),     // private
        IPNetwork.Parse("198.18.0.0/15"),      // benchmarking
        IPNetwork.Parse("198.51.100.0/24"),    // documentation
        IPNetwork.Parse("203.0.113.0/24"),     // documentation
        IPNetwork.Parse("224.0.0.0/4"),        // multicast
        IPNetwork.Parse("240.0.0.0/4"),        // reserved, incl. broadcast

        // IPv6
        IPNetwork.Parse("::/127"),             // unspecified and loopback
        IPNetwork.Parse("::/96"),              // deprecated IPv4-compatible forms
        IPNetwork.Parse("100::/64"),           // discard
        IPNetwork.Parse("2001:db8::/32"),      // documentation
        IPNetwork.Parse("fc00::/7"),           // unique local
        IPNetwork.Parse("fe80::/10"),          // link-local
        IPNetwork.Parse("fec0::/10"),          // deprecated site-local
        IPNetwork.Parse("ff00::/8"),           // multicast
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        if (Embedded(address) is { } inner)
        {
            return IsPublic(inner);
        }

        foreach (var network in NonPublic)
        {
            if (network.Contains(address))
            {
                return false;
            }
        }

        return true;
    }

    private static IPAddress? Embedded(IPAddress address)
    {
        if (Nat64.Contains(address))
        {
            return new IPAddress(address.GetAddressBytes()[12..16]);
        }

        return SixToFour.Contains(address) ? new IPAddress(address.GetAddressBytes()[2..6]) : null;
    }
}
