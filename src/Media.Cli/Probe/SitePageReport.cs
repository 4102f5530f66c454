using Media.Probes.Sites;

namespace Media.Cli.Probe;

/// <summary>
/// What <c>probe --platform website</c> adds to the report: the page as the website rules read it — its newest dated
/// item, how many items (and dated ones) its lists hold, its navigation, the 网站地图 link and consultation messages —
/// so an operator can see why a site would be judged stale before filing its columns.
/// </summary>
internal sealed record SitePageReport(
    SiteListItem? Newest,
    int Items,
    int DatedItems,
    int DatedLists,
    IReadOnlyList<SiteLink> Navigation,
    bool NavigationOnly,
    bool SiteMap,
    int Questions)
{
    public static SitePageReport? From(SitePage? page) => page is null ? null
        : new(page.Newest, page.Items.Count, page.Items.Count(i => i.PublishedAt is not null), page.Lists?.Count(l => l.Items.Any(i => i.PublishedAt is not null)) ?? 0,
            page.Navigation, page.NavigationOnly, page.SiteMap, page.Questions.Count);
}
