using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Media.Probes.Extractors;

/// <summary>Reads one RSS item or Atom entry.</summary>
internal static partial class FeedItems
{
    public static ProbedPost? Rss(XElement item, Uri? source)
    {
        var published = FeedDates.Parse(Child(item, "pubDate") ?? Child(item, "date") ?? Child(item, "published"));
        if (published is null)
        {
            return null;
        }

        var link = Absolute(Child(item, "link"), source);
        var guid = Child(item, "guid");
        return new ProbedPost(guid ?? link, published.Value, Child(item, "title"), link, Repost: false, PlainText(Child(item, "description")));
    }

    public static ProbedPost? Atom(XElement entry, Uri? source)
    {
        var published = FeedDates.Parse(Child(entry, "published") ?? Child(entry, "updated"));
        if (published is null)
        {
            return null;
        }

        // Atom links are attributes; the page is rel="alternate", which is also the default.
        var link = entry.Elements()
            .Where(e => e.Name.LocalName == "link")
            .Select(e => (Rel: (string?)e.Attribute("rel") ?? "alternate", Href: (string?)e.Attribute("href")))
            .FirstOrDefault(l => l.Rel == "alternate" && !string.IsNullOrWhiteSpace(l.Href)).Href;
        var url = Absolute(link, source);
        var text = PlainText(Child(entry, "summary") ?? Child(entry, "content"));
        return new ProbedPost(Child(entry, "id") ?? url, published.Value, Child(entry, "title"), url, Repost: false, text);
    }

    /// <summary>Trimmed text of the first child with that local name, or null.</summary>
    public static string? Child(XElement parent, string localName)
    {
        var value = parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? Absolute(string? link, Uri? source)
    {
        if (link is null)
        {
            return null;
        }

        return source is { IsAbsoluteUri: true } && Uri.TryCreate(source, link, out var absolute) ? absolute.ToString() : link;
    }

    /// <summary>Descriptions carry escaped HTML; lexicon checks need plain text.</summary>
    private static string? PlainText(string? html)
    {
        if (html is null)
        {
            return null;
        }

        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        text = Spaces().Replace(text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
