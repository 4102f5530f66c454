using Media.Probes.Extractors;

namespace Media.Probes.Tests.Extractors;

public class WeiboExtractorTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 15, 10, 30, 0, TimeSpan.FromHours(8));

    private const string Page = """
        {"ok":1,"data":{"cardlistInfo":{"total":1234,"page":2},"cards":[
          {"card_type":9,"mblog":{"id":"100","mblogtype":2,"title":{"text":"置顶"},"created_at":"2019-01-01","text":"置顶公告"}},
          {"card_type":9,"mblog":{"id":"101","created_at":"Sat Jun 15 11:44:46 +0800 2019","text":"old","user":{"id":1234567,"screen_name":"某市发布","followers_count":"100万+"}}},
          {"card_type":9,"mblog":{"id":"102","created_at":"06-14","text":"月日"}},
          {"card_type":9,"mblog":{"id":"103","created_at":"昨天 12:30","text":"昨天"}},
          {"card_type":9,"mblog":{"id":"104","created_at":"3小时前","text":"转发微博","retweeted_status":{"id":"9"},
             "reposts_count":"100万+","comments_count":"1.2万","attitudes_count":42}},
          {"card_type":9,"mblog":{"id":"105","created_at":"5分钟前","text":"<a href='/n/x'>@某人</a> 你好<br />世界 &amp; 朋友"}},
          {"card_type":9,"mblog":{"id":"106","created_at":"刚刚","text":"刚发"}},
          {"card_type":11,"card_group":[{"card_type":9,"mblog":{"id":"107","created_at":"2019-06-14","text":"分组"}}]},
          {"card_type":58,"desc":"not a post"}
        ]}}
        """;

    private static ProbeResult Extract(string json, int? status = null) =>
        new WeiboExtractor().Extract(new ProbeInput(json, new Uri("https://m.weibo.cn/api/container/getIndex"), Now, status));

    [Fact]
    public void Posts_of_every_date_form_are_read_and_the_pinned_post_is_left_out()
    {
        var result = Extract(Page);

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Equal(["101", "102", "103", "104", "105", "106", "107"], result.Posts.Select(p => p.PostId));
        Assert.DoesNotContain(result.Posts, p => p.PostId == "100");
        Assert.Equal(Now, result.LatestPostAt);
    }

    [Fact]
    public void Pinned_post_marked_only_by_its_title_is_left_out_too()
    {
        const string json = """
            {"ok":1,"data":{"cards":[
              {"card_type":9,"mblog":{"id":"1","title":{"text":"置顶","base_color":1},"created_at":"2024-06-15 10:00","text":"a"}},
              {"card_type":9,"mblog":{"id":"2","created_at":"2024-01-01","text":"b"}}]}}
            """;

        var result = Extract(json);

        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), result.LatestPostAt);
    }

    [Fact]
    public void A_retweet_is_a_repost_with_chinese_counts_parsed()
    {
        var repost = Extract(Page).Posts.Single(p => p.PostId == "104");

        Assert.True(repost.Repost);
        Assert.Equal(1_000_000, repost.Shares);
        Assert.Equal(12_000, repost.Comments);
        Assert.Equal(42, repost.Likes);
        Assert.Equal("https://m.weibo.cn/detail/104", repost.Url);
    }

    [Fact]
    public void Text_is_plain_and_the_owner_is_read_from_the_first_post()
    {
        var result = Extract(Page);

        Assert.Equal("@某人 你好\n世界 & 朋友", result.Posts.Single(p => p.PostId == "105").Text);
        Assert.False(result.Posts.Single(p => p.PostId == "105").Repost);
        Assert.Equal("某市发布", result.AccountName);
        Assert.Equal("1234567", result.Handle);
        Assert.Equal(1_000_000, result.Followers);
    }

    [Theory]
    [InlineData("""{"ok":-100,"url":"https://passport.weibo.cn/signin/welcome?entry=mweibo"}""")]
    [InlineData("""{"ok":0,"url":"https://m.weibo.cn/captcha?s=1"}""")]
    [InlineData("<html><body>Sina Visitor System <script src='https://passport.weibo.com/visitor/visitor'></script></body></html>")]
    public void Login_and_captcha_answers_are_blocked(string answer)
    {
        var result = Extract(answer);

        Assert.Equal(ProbeStatus.Blocked, result.Status);
        Assert.Null(result.LatestPostAt);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(418)]
    [InlineData(432)]
    public void Refusing_http_statuses_are_blocked_whatever_the_body(int status) =>
        Assert.Equal(ProbeStatus.Blocked, Extract(Page, status).Status);

    [Fact]
    public void An_honestly_empty_timeline_is_ok_with_no_posts()
    {
        var result = Extract("""{"ok":0,"msg":"这里还没有内容","data":{"cards":[]}}""");

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Empty(result.Posts);
    }

    [Fact]
    public void A_post_with_an_unknown_date_form_is_skipped_and_noted()
    {
        const string json = """
            {"ok":1,"data":{"cards":[
              {"card_type":9,"mblog":{"id":"1","created_at":"不久前","text":"a"}},
              {"card_type":9,"mblog":{"id":"2","created_at":"刚刚","text":"b"}}]}}
            """;

        var result = Extract(json);

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Equal("2", Assert.Single(result.Posts).PostId);
        Assert.Contains("不久前", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"ok\":1,\"data\":")]
    [InlineData("not json at all")]
    [InlineData("{\"ok\":1,\"data\":{\"cards\":[{\"card_type\":9,\"mblog\":{\"id\":\"1\",\"created_at\":\"无法识别\"}}]}}")]
    public void Unreadable_answers_are_errors_with_a_detail(string answer)
    {
        var result = Extract(answer);

        Assert.Equal(ProbeStatus.Error, result.Status);
        Assert.False(string.IsNullOrEmpty(result.Detail));
    }
}
