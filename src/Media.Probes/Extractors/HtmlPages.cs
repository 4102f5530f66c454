using HtmlAgilityPack;

namespace Media.Probes.Extractors;

/// <summary>Parses HTML with the limits a hostile page needs.</summary>
internal static class HtmlPages
{
    /// <summary>
    /// HtmlAgilityPack closes nodes recursively: 100,000 unclosed tags overflow the stack and kill the
    /// process, which no catch can stop. Real pages nest a few dozen levels; past this HAP throws instead.
    /// </summary>
    public const int MaxNesting = 1024;

    public static HtmlDocument Parse(string html)
    {
        var document = new HtmlDocument
        {
            OptionMaxNestedChildNodes = MaxNesting,
            OptionEmptyCollection = true,
            // The text is already decoded; a meta charset must not make HAP decode it again.
            OptionReadEncoding = false,
        };
        document.LoadHtml(html);
        return document;
    }

    /// <summary>XPath selection that is never null, whatever the document options.</summary>
    public static IEnumerable<HtmlNode> Select(HtmlNode node, string xpath) =>
        node.SelectNodes(xpath) ?? Enumerable.Empty<HtmlNode>();

    public static string? Attribute(HtmlNode? node, string name)
    {
        var value = node?.GetAttributeValue(name, null!);
        return string.IsNullOrWhiteSpace(value) ? null : HtmlEntity.DeEntitize(value).Trim();
    }

    /// <summary>The content of <c>&lt;meta name="…"&gt;</c>, matching the name case-insensitively.</summary>
    public static string? Meta(HtmlDocument document, string name)
    {
        foreach (var meta in Select(document.DocumentNode, "//meta[@name]"))
        {
            if (string.Equals(meta.GetAttributeValue("name", ""), name, StringComparison.OrdinalIgnoreCase)
                && Attribute(meta, "content") is { } content)
            {
                return content;
            }
        }

        return null;
    }
}
