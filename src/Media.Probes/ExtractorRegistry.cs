using System.Diagnostics.CodeAnalysis;
using Media.Probes.Extractors;

namespace Media.Probes;

/// <summary>
/// Finds the extractor for an id: a platform id (<c>wechat</c>, <c>weibo</c>, <c>douyin</c>), <c>feed</c>,
/// <c>website</c>, or <c>generic:{name}</c> for an operator-defined one. Extractors are stateless, so
/// one registry serves every probe concurrently.
/// </summary>
public sealed class ExtractorRegistry
{
    private readonly Dictionary<string, IExtractor> _byId = new(StringComparer.Ordinal);

    public ExtractorRegistry(IEnumerable<IExtractor> extractors)
    {
        ArgumentNullException.ThrowIfNull(extractors);
        foreach (var extractor in extractors)
        {
            if (!_byId.TryAdd(extractor.Id, extractor))
            {
                throw new ArgumentException($"Two extractors share the id '{extractor.Id}'.", nameof(extractors));
            }
        }
    }

    public IReadOnlyCollection<string> Ids => _byId.Keys;

    /// <summary>The built-in extractors plus one <see cref="GenericExtractor"/> per definition.</summary>
    public static ExtractorRegistry CreateDefault(IReadOnlyDictionary<string, GenericExtractorDefinition>? generic = null)
    {
        IEnumerable<IExtractor> builtIn =
            [new WechatExtractor(), new WeiboExtractor(), new DouyinExtractor(), new FeedExtractor(), new WebsiteExtractor()];
        var configured = (generic ?? new Dictionary<string, GenericExtractorDefinition>())
            .Select(pair => (IExtractor)new GenericExtractor(pair.Key, pair.Value));
        return new ExtractorRegistry(builtIn.Concat(configured));
    }

    public bool TryGet(string id, [NotNullWhen(true)] out IExtractor? extractor)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out extractor);
    }

    public IExtractor Get(string id) =>
        TryGet(id, out var extractor)
            ? extractor
            : throw new KeyNotFoundException($"No extractor '{id}'. Known: {string.Join(", ", _byId.Keys.Order(StringComparer.Ordinal))}.");
}
