using System.Collections.Immutable;

namespace Media.Abstractions.Websites;

/// <summary>
/// The website side of an account grain: a website is filed on the account rails (key <c>website:{siteIdCode}</c>), so the
/// same grain keeps its filing, violations and rectification; these calls add what only a website has.
/// </summary>
public interface IMonitoredWebsite : IGrainWithStringKey
{
    /// <summary>Records a content probe: home page, footer, navigation, column readings; then applies the rules that changed.</summary>
    Task RecordSiteProbeAsync(SiteProbeReport report);

    /// <summary>Records availability checks (Media's probes or an external monitor's); idempotent by instant.</summary>
    Task<SiteChecksResult> RecordSiteChecksAsync(ImmutableArray<SiteCheck> checks);

    /// <summary>The website's record and observations, or null when no website is filed under this key.</summary>
    Task<WebsiteView?> GetWebsiteAsync();

    /// <summary>A supervisor confirms (or sets) the columns to judge; discovered columns become declared ones. Audited.</summary>
    Task<WebsiteView?> SetColumnsAsync(ImmutableArray<WebsiteColumn> columns, string actor);
}
