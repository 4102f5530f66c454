using Media.Probes.Extractors;

namespace Media.Probes.Tests.Extractors;

public class FeedExtractorTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 15, 10, 30, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static ProbeResult Extract(string xml) =>
        new FeedExtractor().Extract(new ProbeInput(xml, new Uri("http://rsshub.example/weibo/user/1234567"), Now));

    [Fact]
    public void Rsshub_rss_gives_items_with_their_pubdates()
    {
        const string rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
              <title>某市发布的微博</title><link>https://weibo.com/1234567/</link>
              <item><title>防汛通知</title><description><![CDATA[<p>今晚 &amp; 明天有雨</p>]]></description>
                <pubDate>Sat, 15 Jun 2024 02:00:00 GMT</pubDate><guid isPermaLink="false">https://weibo.com/1234567/Nabc</guid>
                <link>https://weibo.com/1234567/Nabc</link></item>
              <item><title>旧闻</title><pubDate>Fri, 14 Jun 2024 09:00:00 +0800</pubDate><link>/posts/2</link></item>
            </channel></rss>
            """;

        var result = Extract(rss);

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Equal("某市发布的微博", result.AccountName);
        Assert.Equal(2, result.Posts.Count);
        Assert.Equal(new DateTimeOffset(2024, 6, 15, 10, 0, 0, Beijing), result.LatestPostAt);
        Assert.Equal("今晚 & 明天有雨", result.Posts[0].Text);
        Assert.Equal("https://weibo.com/1234567/Nabc", result.Posts[0].PostId);
        Assert.Equal("http://rsshub.example/posts/2", result.Posts[1].Url);
    }

    [Fact]
    public void Atom_entries_use_published_then_updated()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>某县融媒</title>
              <entry><id>tag:a,1</id><title>一</title><link rel="alternate" href="https://a.example/1"/>
                <published>2024-06-10T08:00:00+08:00</published><updated>2024-06-12T08:00:00+08:00</updated></entry>
              <entry><id>tag:a,2</id><title>二</title><link href="https://a.example/2"/><updated>2024-06-13T00:00:00Z</updated></entry>
            </feed>
            """;

        var result = Extract(atom);

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Equal("某县融媒", result.AccountName);
        Assert.Equal(new DateTimeOffset(2024, 6, 10, 8, 0, 0, Beijing), result.Posts[0].PublishedAt);
        Assert.Equal(new DateTimeOffset(2024, 6, 13, 8, 0, 0, Beijing), result.LatestPostAt);
        Assert.Equal("https://a.example/2", result.Posts[1].Url);
    }

    [Fact]
    public void A_feed_with_a_dtd_is_refused_so_entities_are_never_expanded()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><title>&b;&xxe;</title><pubDate>Sat, 15 Jun 2024 02:00:00 GMT</pubDate></item></channel></rss>
            """;

        var result = Extract(bomb);

        Assert.Equal(ProbeStatus.Error, result.Status);
        Assert.Contains("DTD", result.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<rss><channel><item><title>x</title>")]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("<rss><channel><item><title>x</title><pubDate>someday</pubDate></item></channel></rss>")]
    public void Broken_or_foreign_documents_are_errors(string xml) => Assert.Equal(ProbeStatus.Error, Extract(xml).Status);

    [Fact]
    public void An_empty_channel_is_ok_with_no_posts()
    {
        var result = Extract("<rss version=\"2.0\"><channel><title>空</title></channel></rss>");

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Empty(result.Posts);
    }
}
