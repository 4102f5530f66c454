using Media.Probes.Extractors;

namespace Media.Probes.Tests;

public class ExtractorRegistryTests
{
    [Fact]
    public void The_default_registry_knows_every_built_in_extractor()
    {
        var registry = ExtractorRegistry.CreateDefault();

        Assert.Equal(["douyin", "feed", "website", "wechat", "weibo"], registry.Ids.Order(StringComparer.Ordinal));
        Assert.False(registry.TryGet("kuaishou", out _));
        Assert.Contains("wechat", Assert.Throws<KeyNotFoundException>(() => registry.Get("kuaishou")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_extractors_with_one_id_are_refused() =>
        Assert.Throws<ArgumentException>(() => new ExtractorRegistry([new WeiboExtractor(), new WeiboExtractor()]));
}
