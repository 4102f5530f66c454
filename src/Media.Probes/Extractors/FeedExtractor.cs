using System.Xml;
using System.Xml.Linq;

namespace Media.Probes.Extractors;

/// <summary>
/// RSS 2.0 (<c>item/pubDate</c>), RSS 1.0 (<c>item/dc:date</c>) and Atom (<c>entry/published|updated</c>),
/// e.g. from a self-hosted RSSHub. Elements are matched by local name, because feeds mix namespaces freely.
/// </summary>
public sealed class FeedExtractor : ExtractorBase
{
    public const string FeedId = "feed";

    /// <summary>
    /// Feeds are shallow (rss/channel/item/title is depth 3). XDocument builds deep trees in quadratic
    /// time (100,000 levels take most of a minute), so depth is checked by a streaming pass first.
    /// </summary>
    private const int MaxDepth = 256;

    public override string Id => FeedId;

    protected override ProbeResult ExtractCore(ProbeInput input)
    {
        var document = Load(input.Content);
        var root = document.Root ?? throw new XmlException("no root element");
        var isAtom = root.Name.LocalName == "feed";
        if (!isAtom && root.Name.LocalName is not ("rss" or "RDF"))
        {
            return ProbeResult.Gap(ProbeStatus.Error, $"feed: <{root.Name.LocalName}> is neither RSS nor Atom");
        }

        var posts = new PostCollector(Id);
        foreach (var item in root.Descendants().Where(e => e.Name.LocalName == (isAtom ? "entry" : "item")))
        {
            var post = isAtom ? FeedItems.Atom(item, input.Source) : FeedItems.Rss(item, input.Source);
            if (post is null)
            {
                posts.Skip($"entry '{FeedItems.Child(item, "title")}' without a readable date");
            }
            else
            {
                posts.Add(post);
            }
        }

        var channel = isAtom ? root : root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root;
        return posts.ToResult() with { AccountName = FeedItems.Child(channel, "title") };
    }

    private static XDocument Load(string content)
    {
        content = content.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        using (var scan = Reader(content))
        {
            while (scan.Read())
            {
                if (scan.Depth > MaxDepth)
                {
                    throw new XmlException($"elements nested deeper than {MaxDepth} levels");
                }
            }
        }

        using var reader = Reader(content);
        return XDocument.Load(reader);
    }

    /// <summary>
    /// No DTDs and no resolver: a feed must not make us expand entities (billion laughs) or fetch
    /// external files (XXE).
    /// </summary>
    private static XmlReader Reader(string content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        return XmlReader.Create(new StringReader(content), settings);
    }
}
