using Media.Probes.Extractors;

namespace Media.Probes.Tests.Extractors;

public class WechatExtractorTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static ProbeResult Extract(string page) =>
        new WechatExtractor().Extract(new ProbeInput(FixturePages.Read(page), null, Now));

    [Fact]
    public void Article_page_gives_the_account_and_its_one_post()
    {
        var result = Extract("wechat-article_detail_mpvoice.html");

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Equal("长江日报", result.AccountName);
        Assert.Equal("gh_09f57d9c1048", result.Handle);
        var post = Assert.Single(result.Posts);
        Assert.Equal(new DateTimeOffset(2018, 3, 19, 5, 30, 0, Beijing), post.PublishedAt);
        Assert.Equal(Beijing, post.PublishedAt.Offset);
        Assert.Equal(1521408600, post.PublishedAt.ToUnixTimeSeconds());
        Assert.Equal("语音 | 早安武汉〔2018.3.19 周一〕", post.Title);
        Assert.Equal("2651788393_1", post.PostId);
        Assert.Equal(post.PublishedAt, result.LatestPostAt);
    }

    [Fact]
    public void History_page_gives_ten_posts_with_the_latest_first_push()
    {
        var result = Extract("wechat-bitsea-history.html");

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Equal(10, result.Posts.Count);
        Assert.Equal(new DateTimeOffset(2017, 7, 24, 13, 4, 46, Beijing), result.LatestPostAt);
        Assert.Equal(Beijing, result.LatestPostAt!.Value.Offset);
        Assert.Equal(1500872686, result.LatestPostAt.Value.ToUnixTimeSeconds());
        Assert.Contains(result.Posts, p => p.Title == "【广告】让手机清凉一哈");
        Assert.Equal("槽边往事", result.AccountName);
        Assert.Equal("bitsea", result.Handle);
    }

    [Fact]
    public void History_links_are_absolute_and_html_decoded()
    {
        var result = Extract("wechat-bitsea-history.html");

        Assert.All(result.Posts, p =>
        {
            Assert.StartsWith("https://mp.weixin.qq.com/s?timestamp=", p.Url, StringComparison.Ordinal);
            Assert.DoesNotContain("&amp;", p.Url, StringComparison.Ordinal);
        });
        Assert.Equal(10, result.Posts.Select(p => p.PostId).Distinct().Count());
    }

    [Fact]
    public void Expired_link_page_is_expired_with_no_posts()
    {
        var result = Extract("wechat-article_detail_expired.html");

        Assert.Equal(ProbeStatus.Expired, result.Status);
        Assert.Empty(result.Posts);
        Assert.Null(result.LatestPostAt);
    }

    [Fact]
    public void Sogou_anti_spider_page_is_blocked_and_never_an_empty_ok()
    {
        var result = Extract("wechat-search-gaokao-gzh-error.html");

        Assert.Equal(ProbeStatus.Blocked, result.Status);
        Assert.Empty(result.Posts);
        Assert.Null(result.LatestPostAt);
    }

    [Fact]
    public void An_article_that_merely_mentions_a_captcha_is_still_read_as_an_article()
    {
        const string page = """
            <html><body><p>谨防“验证码”诈骗，访问过于频繁时请稍候</p>
            <script>var ct = "1700000000"; var msg_title = "防诈提醒"; var nickname = "某市公安";</script></body></html>
            """;

        var result = new WechatExtractor().Extract(new ProbeInput(page, null, Now));

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Equal("防诈提醒", Assert.Single(result.Posts).Title);
    }

    [Fact]
    public void History_given_as_an_html_escaped_string_is_read_too()
    {
        const string page = """
            <script>var msgList = '{&quot;list&quot;:[{&quot;comm_msg_info&quot;:{&quot;id&quot;:7,&quot;datetime&quot;:1700000000},&quot;app_msg_ext_info&quot;:{&quot;title&quot;:&quot;通知&quot;,&quot;content_url&quot;:&quot;http://mp.weixin.qq.com/s?__biz=X&amp;amp;mid=99&amp;amp;idx=2&quot;}}]}';</script>
            """;

        var result = new WechatExtractor().Extract(new ProbeInput(page, null, Now));

        var post = Assert.Single(result.Posts);
        Assert.Equal("通知", post.Title);
        Assert.Equal("99_2", post.PostId);
    }

    [Fact]
    public void A_page_that_is_neither_article_nor_history_is_an_error_with_a_detail()
    {
        var result = new WechatExtractor().Extract(new ProbeInput("<html><body>hello</body></html>", null, Now));

        Assert.Equal(ProbeStatus.Error, result.Status);
        Assert.False(string.IsNullOrEmpty(result.Detail));
    }
}
