using HtmlAgilityPack;
using Media.Probes.Extractors;

namespace Media.Probes.Sites;

/// <summary>Reads a government site's page into a <see cref="SitePage"/>: a pure function of the page, its URL and the time.</summary>
public static class SitePageReader
{
    /// <param name="html">The decoded page.</param>
    /// <param name="pageUrl">Where it was read: relative links resolve against it.</param>
    /// <param name="now">The read time: dates without a year (<c>08-02</c>) are the latest such date not after it.</param>
    public static SitePage Read(string html, Uri pageUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var document = HtmlPages.Parse(html);
        var identifiers = SiteFooter.Read(document, html);
        var (navigation, menu) = SiteNavigation.Find(document, pageUrl);
        var lists = SiteItems.Find(document, pageUrl, now, menu);
        var listed = lists.SelectMany(l => l.Items);
        var items = (PageItem(document, identifiers, pageUrl, now) is { } page ? listed.Prepend(page) : listed)
            .OrderByDescending(i => i.PublishedAt.HasValue)
            .ThenByDescending(i => i.PublishedAt)
            .ToList();
        var newest = items.FirstOrDefault(i => i.PublishedAt is not null);
        return new SitePage(
            identifiers,
            SiteMap: SiteHtml.Links(document.DocumentNode).Any(IsSiteMap),
            items,
            newest,
            navigation,
            SiteQuestions.Find(document, now),
            NavigationOnly: navigation.Count > 0 && newest is null,
            lists);
    }

    /// <summary>An article page dates itself with <c>&lt;meta name="PubDate"&gt;</c>: the page is then its own item.</summary>
    private static SiteListItem? PageItem(HtmlDocument document, SiteIdentifiers identifiers, Uri pageUrl, DateTimeOffset now)
    {
        if (identifiers.PubDate is not { } published || published > now.AddDays(1))
        {
            return null;
        }

        var titleElement = document.DocumentNode.SelectSingleNode("//title");
        var title = HtmlPages.Meta(document, "ArticleTitle") ?? (titleElement is null ? "" : SiteHtml.Text(titleElement));
        return new SiteListItem(title, published, pageUrl.ToString());
    }

    private static bool IsSiteMap(HtmlNode a) =>
        SiteHtml.Title(a).Contains("网站地图", StringComparison.Ordinal)
        || SiteHtml.Href(a)!.Contains("sitemap", StringComparison.OrdinalIgnoreCase);
}
