namespace Media.Probes.Sites;

/// <summary>One item of a list on a government site's page: title, publication time when the page gives one, link.</summary>
public sealed record SiteListItem(string Title, DateTimeOffset? PublishedAt, string? Url);

/// <summary>One list of a page (a <c>ul</c>, a table, a block of repeated entries; each tab its own), items in page order.</summary>
public sealed record SiteList(IReadOnlyList<SiteListItem> Items);

/// <summary>A navigation link of a home page: a candidate column (栏目).</summary>
public sealed record SiteLink(string Name, string Url);

/// <summary>A message of a consultation (咨询/信箱) column with its answer date when the page publishes one.</summary>
public sealed record SiteQuestion(string Title, DateTimeOffset AskedAt, DateTimeOffset? AnsweredAt);

/// <summary>
/// What one page of a government site shows (SPEC §3.6): the footer identifiers and the 网站地图 link, the list items with
/// their dates (newest dated first), the newest dated item, the navigation, the consultation messages, and whether
/// the page is navigation only (no dated list of its own: a home page of that shape is judged by its columns).
/// <see cref="Lists"/> keeps the items grouped as the page shows them; a page's own <c>PubDate</c> (an article)
/// is an item of <see cref="Items"/> but of no list.
/// </summary>
public sealed record SitePage(
    SiteIdentifiers Identifiers,
    bool SiteMap,
    IReadOnlyList<SiteListItem> Items,
    SiteListItem? Newest,
    IReadOnlyList<SiteLink> Navigation,
    IReadOnlyList<SiteQuestion> Questions,
    bool NavigationOnly,
    IReadOnlyList<SiteList>? Lists = null);
