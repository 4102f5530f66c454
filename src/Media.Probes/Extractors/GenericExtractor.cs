using System.Xml.XPath;
using HtmlAgilityPack;

namespace Media.Probes.Extractors;

/// <summary>
/// An extractor configured by an operator (<c>silo-config/extractors/*.json</c>), registered as
/// <c>generic:{name}</c>. A page where the item path matches nothing is an error, not "no posts": a
/// changed page layout must show up as a monitoring gap, never as silence.
/// </summary>
public sealed class GenericExtractor : ExtractorBase
{
    public const string IdPrefix = "generic:";

    private readonly GenericExtractorDefinition _definition;
    private readonly DatePattern _dates;

    public GenericExtractor(string name, GenericExtractorDefinition definition)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(definition);
        Id = IdPrefix + name;

        // Compile everything now so a bad definition fails at start-up with its name, not on a page.
        foreach (var path in new[] { definition.ItemXPath, definition.DateXPath, definition.TitleXPath, definition.LinkXPath })
        {
            if (path is not null)
            {
                try
                {
                    XPathExpression.Compile(path);
                }
                catch (XPathException e)
                {
                    throw new FormatException($"Extractor '{name}': invalid XPath '{path}': {e.Message}", e);
                }
            }
        }

        _dates = new DatePattern(definition.DatePattern);
        _definition = definition;
    }

    public override string Id { get; }

    protected override ProbeResult ExtractCore(ProbeInput input)
    {
        var document = HtmlPages.Parse(input.Content);
        var items = HtmlPages.Select(document.DocumentNode, _definition.ItemXPath).ToList();
        if (items.Count == 0)
        {
            return ProbeResult.Gap(ProbeStatus.Error, $"{Id}: item XPath '{_definition.ItemXPath}' matched nothing");
        }

        var posts = new PostCollector(Id);
        foreach (var item in items)
        {
            var dateText = Value(item, _definition.DateXPath, link: false);
            if (_dates.Find(dateText) is not { } published)
            {
                posts.Skip($"date '{dateText}' does not match '{_definition.DatePattern}'");
                continue;
            }

            var link = _definition.LinkXPath is null ? null : Value(item, _definition.LinkXPath, link: true);
            var url = link is not null && input.Source is { IsAbsoluteUri: true } && Uri.TryCreate(input.Source, link, out var absolute)
                ? absolute.ToString()
                : link;
            var title = _definition.TitleXPath is null ? null : Value(item, _definition.TitleXPath, link: false);
            posts.Add(new ProbedPost(url, published, title, url, Repost: false));
        }

        return posts.ToResult();
    }

    /// <summary>The selected attribute's value, an element's href (for links) or its text.</summary>
    private static string? Value(HtmlNode item, string xpath, bool link)
    {
        var hit = item.CreateNavigator().SelectSingleNode(xpath);
        if (hit is null)
        {
            return null;
        }

        var value = link && hit.NodeType == XPathNodeType.Element && hit.GetAttribute("href", "") is { Length: > 0 } href
            ? href
            : hit.Value;
        value = HtmlEntity.DeEntitize(value).Trim();
        return value.Length == 0 ? null : value;
    }
}
