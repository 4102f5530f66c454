using Media.Abstractions.Accounts;
using Media.Abstractions.Websites;

namespace Media.Grains.Probing;

/// <summary>Reads a website's home page and columns for content; the host implements it with the guarded fetcher.</summary>
public interface ISiteProber
{
    /// <summary>What the probe found, or null when the record is not a website with a home URL.</summary>
    Task<SiteProbeReport?> ProbeAsync(AccountSnapshot website, CancellationToken cancellationToken);
}
