namespace Media.Domain.Websites;

/// <summary>
/// Applies the website rules of SPEC §3.6 to what Media last observed of a site. Pure: the account grain (a website is
/// filed on the account rails) and the region index's sweep call the same function.
/// </summary>
public static class WebsiteJudge
{
    public static SiteJudgement Judge(SiteFacts facts, FiledIdentifiers filed, WebsiteOptions options, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(filed);
        ArgumentNullException.ThrowIfNull(options);
        throw new NotSupportedException("website rules: being written (issue 19)");
    }
}
