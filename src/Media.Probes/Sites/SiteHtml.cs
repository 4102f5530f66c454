using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Media.Probes.Extractors;

namespace Media.Probes.Sites;

/// <summary>The small HTML questions the site finders share: visible text, a link's title and address, page regions.</summary>
internal static partial class SiteHtml
{
    private static readonly string[] FooterMarks = ["foot", "copyright", "banquan", "bottom_info"];
    private static readonly string[] CalendarMarks = ["calendar", "rili", "riqi"];

    /// <summary>Visible text with entities decoded and runs of white space collapsed; script and style left out.</summary>
    public static string Text(HtmlNode node) => TextOutside(node, null);

    /// <summary>The visible text of <paramref name="node"/> outside <paramref name="left"/> (an item without its title link).</summary>
    public static string TextOutside(HtmlNode node, HtmlNode? left)
    {
        var parts = node.DescendantsAndSelf()
            .Where(n => n.NodeType == HtmlNodeType.Text && !InsideCode(n) && (left is null || !n.Ancestors().Contains(left)))
            .Select(n => n.InnerText);
        return Collapse(HtmlEntity.DeEntitize(string.Concat(parts)));
    }

    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>Links that lead somewhere: an address that is neither a script nor an in-page anchor.</summary>
    public static IEnumerable<HtmlNode> Links(HtmlNode root) =>
        HtmlPages.Select(root, ".//a[@href]").Where(a => Href(a) is not null);

    public static string? Href(HtmlNode a)
    {
        var href = HtmlPages.Attribute(a, "href");
        return href is null || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            ? null
            : href;
    }

    /// <summary>A list title: the link's text, or its <c>title</c> attribute when the text is cut short (…) or missing.</summary>
    public static string Title(HtmlNode a)
    {
        var text = Text(a);
        var title = HtmlPages.Attribute(a, "title");
        var shortened = text.Length == 0 || text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…');
        return shortened && title is not null ? Collapse(title) : text;
    }

    public static string? Absolute(Uri pageUrl, string href) =>
        Uri.TryCreate(pageUrl, href, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.ToString() : null;

    /// <summary>Inside the footer or a calendar widget: their years and dates are not publications.</summary>
    public static bool InFooterOrCalendar(HtmlNode node) =>
        node.AncestorsAndSelf().Any(n => n.Name == "footer" || Marked(n, FooterMarks) || Marked(n, CalendarMarks));

    public static bool Marked(HtmlNode node, IEnumerable<string> marks)
    {
        var names = $"{node.GetAttributeValue("class", "")} {node.GetAttributeValue("id", "")}";
        return names.Length > 1 && marks.Any(m => names.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    private static bool InsideCode(HtmlNode node) =>
        node.Ancestors().Any(a => a.Name is "script" or "style" or "noscript" or "template");

    [GeneratedRegex(@"[\s\u00a0\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
