namespace Media.Silo.Hosting;

/// <summary>The <c>Orleans</c> configuration section: where a silo listens for other silos and for clients.</summary>
public sealed class OrleansEndpointOptions
{
    public const string Section = "Orleans";

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Gateway port for external Orleans clients.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The address other silos reach this one at (cluster profile). Empty: the first IPv4 address of the
    /// host name, which is right for one silo per machine on a plain network.
    /// </summary>
    public string? AdvertisedAddress { get; set; }
}
