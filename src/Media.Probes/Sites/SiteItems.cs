using HtmlAgilityPack;

namespace Media.Probes.Sites;

/// <summary>
/// Finds the lists of a page: a titled link inside a list element (<c>li</c>, a table row, <c>dd</c>, or a
/// <c>div</c>/<c>p</c> repeated with its siblings) is an item; items with the same container (the <c>ul</c>,
/// the table, the parent <c>div</c>) are one list. Tabs are separate containers, so each tab is its own list,
/// hidden or not: the page publishes them all. The date is read next to the link, then from its URL.
/// </summary>
internal static class SiteItems
{
    private const int ItemDepth = 4;

    // An entry holds its title link and perhaps a picture or a "more" link; a block with more links is a region.
    private const int MaxLinksPerItem = 3;
    private static readonly string[] MoreLinks = ["更多", "more", "查看更多", "详细", "详情"];

    public static IReadOnlyList<SiteList> Find(HtmlDocument document, Uri pageUrl, DateTimeOffset now, HtmlNode? navigation)
    {
        var lists = new Dictionary<HtmlNode, List<SiteListItem>>();
        var seen = new HashSet<HtmlNode>();
        foreach (var link in SiteHtml.Links(document.DocumentNode))
        {
            var title = SiteHtml.Title(link);
            if (title.Length < 2 || IsMore(title) || (navigation is not null && link.Ancestors().Contains(navigation))
                || SiteHtml.InFooterOrCalendar(link) || ItemOf(link) is not { } item || !seen.Add(item))
            {
                continue;
            }

            var href = SiteHtml.Href(link)!;
            var date = SiteDates.InText(SiteHtml.TextOutside(item, link), now) ?? SiteDates.InUrl(href, now);
            var container = ContainerOf(item);
            if (!lists.TryGetValue(container, out var items))
            {
                lists[container] = items = [];
            }

            items.Add(new SiteListItem(title, date, SiteHtml.Absolute(pageUrl, href)));
        }

        return lists.Select(l => new SiteList(l.Value)).ToList();
    }

    private static bool IsMore(string title) =>
        MoreLinks.Any(m => title.StartsWith(m, StringComparison.OrdinalIgnoreCase)) && title.Length <= 6;

    /// <summary>The list element holding the link: a list or table element near it, else a repeated block.</summary>
    private static HtmlNode? ItemOf(HtmlNode link)
    {
        var near = link.Ancestors().Take(ItemDepth).ToList();
        var item = near.FirstOrDefault(n => n.Name is "li" or "tr" or "dd" or "dt")
            ?? near.TakeWhile(n => n.Name is not ("ul" or "ol" or "table" or "body"))
                .FirstOrDefault(n => n.Name is "div" or "p" or "section" or "article" && Repeated(n));
        return item is not null && SiteHtml.Links(item).Take(MaxLinksPerItem + 1).Count() <= MaxLinksPerItem ? item : null;
    }

    // A block is an item when its parent holds at least one more block of the same tag and class.
    private static bool Repeated(HtmlNode node) =>
        node.ParentNode?.ChildNodes.Count(s => s != node && s.Name == node.Name
            && s.GetAttributeValue("class", "") == node.GetAttributeValue("class", "")) > 0;

    private static HtmlNode ContainerOf(HtmlNode item) =>
        (item.Name == "tr" ? item.Ancestors("table").FirstOrDefault() : null) ?? item.ParentNode ?? item;
}
