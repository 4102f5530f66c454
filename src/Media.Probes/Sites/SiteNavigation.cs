using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace Media.Probes.Sites;

/// <summary>
/// The main menu's column links (the candidate 栏目 of a home page): the first element marked as navigation
/// (<c>nav</c>, or a class or id with nav/menu/daohang) that yields at least two columns, else the first
/// <c>ul</c> of short undated links. Only each entry's first link counts, so a drop-down's inner lists do not.
/// The home link, other sites' links and script links are left out.
/// </summary>
internal static partial class SiteNavigation
{
    private const int MaxNameLength = 16;
    private static readonly string[] Marks = ["nav", "menu", "daohang"];
    private static readonly string[] HomeNames = ["首页", "网站首页", "返回首页", "主页", "首 页"];

    public static (IReadOnlyList<SiteLink> Links, HtmlNode? Root) Find(HtmlDocument document, Uri pageUrl)
    {
        var elements = document.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element).ToList();
        foreach (var candidate in elements.Where(n => n.Name == "nav" || SiteHtml.Marked(n, Marks)))
        {
            if (Columns(candidate, pageUrl) is { Count: >= 2 } links && !SiteHtml.InFooterOrCalendar(candidate))
            {
                return (links, candidate);
            }
        }

        foreach (var list in elements.Where(n => n.Name == "ul" && ShortLinks(n)))
        {
            if (Columns(list, pageUrl) is { Count: >= 3 } links)
            {
                return (links, list);
            }
        }

        return ([], null);
    }

    private static List<SiteLink> Columns(HtmlNode root, Uri pageUrl)
    {
        var menu = root.Name is "ul" or "ol" ? root : root.Descendants().FirstOrDefault(n => n.Name is "ul" or "ol");
        var entries = menu is null
            ? SiteHtml.Links(root)
            : menu.ChildNodes.Where(n => n.Name == "li").Select(li => SiteHtml.Links(li).FirstOrDefault()).OfType<HtmlNode>();
        var links = new List<SiteLink>();
        foreach (var a in entries)
        {
            var name = SiteHtml.Title(a);
            if (name.Length is 0 or > MaxNameLength || HomeNames.Contains(name) || SiteHtml.Absolute(pageUrl, SiteHtml.Href(a)!) is not { } url
                || IsHome(new Uri(url), pageUrl) || !SameSite(new Uri(url), pageUrl) || links.Any(l => l.Url == url))
            {
                continue;
            }

            links.Add(new SiteLink(name, url));
        }

        return links;
    }

    // A menu-like list: at least three entries, each one short link, none of them dated.
    private static bool ShortLinks(HtmlNode list)
    {
        var entries = list.ChildNodes.Where(n => n.Name == "li").ToList();
        return entries.Count >= 3 && !SiteHtml.InFooterOrCalendar(list) && entries.All(li =>
            SiteHtml.Links(li).FirstOrDefault() is { } a && SiteHtml.Title(a).Length is > 0 and <= MaxNameLength
            && !SiteDates.HasDate(SiteHtml.Text(li)));
    }

    // Another host's root (zwfw.example.gov.cn/) is a column of the site, not this site's home.
    private static bool IsHome(Uri url, Uri pageUrl) =>
        url.Host.Equals(pageUrl.Host, StringComparison.OrdinalIgnoreCase)
            && (url.AbsolutePath is "/" && url.Query.Length <= 1 || RootIndex().IsMatch(url.AbsolutePath))
        || Uri.Compare(url, pageUrl, UriComponents.HttpRequestUrl, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>Same site: the same registered domain (hd.gov.cn for www.hd.gov.cn and hdzfxxgk.hd.gov.cn).</summary>
    private static bool SameSite(Uri url, Uri pageUrl)
    {
        var site = Domain(pageUrl.Host);
        return url.Host.Equals(site, StringComparison.OrdinalIgnoreCase)
            || url.Host.EndsWith("." + site, StringComparison.OrdinalIgnoreCase);
    }

    private static string Domain(string host)
    {
        var labels = host.Split('.');
        var keep = labels.Length >= 3 && labels[^2] is "gov" or "com" or "org" or "net" or "edu" && labels[^1] == "cn" ? 3 : 2;
        return labels.Length <= keep ? host : string.Join('.', labels[^keep..]);
    }

    [GeneratedRegex(@"^/(index|default)\.[a-z]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RootIndex();
}
