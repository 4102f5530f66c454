using Media.Probes.Extractors;

namespace Media.Probes.Tests.Extractors;

public class DouyinExtractorTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 15, 10, 30, 0, TimeSpan.FromHours(8));

    private const string Page = """
        {"status_code":0,"has_more":1,"max_cursor":1718000000000,"aweme_list":[
          {"aweme_id":"7300000000000000001","desc":"置顶的旧视频","create_time":1600000000,"is_top":1,
           "statistics":{"digg_count":5,"comment_count":1,"share_count":0}},
          {"aweme_id":"7300000000000000002","desc":"防汛安全提示","create_time":1718400000,
           "author":{"nickname":"某市应急管理局","unique_id":"yjgl_city","follower_count":"12.3万"},
           "statistics":{"digg_count":1024,"comment_count":"1万+","share_count":77,"play_count":50000}},
          {"aweme_id":"7300000000000000003","desc":"","create_time":"1718300000","statistics":{}}
        ]}
        """;

    private static ProbeResult Extract(string content, int? status = null) =>
        new DouyinExtractor().Extract(new ProbeInput(content, null, Now, status));

    [Fact]
    public void Posts_are_read_with_their_statistics_in_beijing_time()
    {
        var result = Extract(Page);

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Equal(2, result.Posts.Count);
        var latest = result.Posts[0];
        Assert.Equal("7300000000000000002", latest.PostId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1718400000), latest.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(8), latest.PublishedAt.Offset);
        Assert.Equal("防汛安全提示", latest.Title);
        Assert.Equal((1024L, 10_000L, 77L, 50_000L), (latest.Likes!.Value, latest.Comments!.Value, latest.Shares!.Value, latest.Reads!.Value));
        Assert.Equal(latest.PublishedAt, result.LatestPostAt);
    }

    [Fact]
    public void The_pinned_video_is_left_out_and_the_author_is_read()
    {
        var result = Extract(Page);

        Assert.DoesNotContain(result.Posts, p => p.PostId == "7300000000000000001");
        Assert.Equal("某市应急管理局", result.AccountName);
        Assert.Equal("yjgl_city", result.Handle);
        Assert.Equal(123_000, result.Followers);
    }

    [Fact]
    public void The_captcha_interstitial_page_is_blocked()
    {
        const string page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>验证码中间页</title>
            <script src="https://sf1-cdn-tos.douyinstatic.com/obj/rc-client-security/secsdk-captcha/2.27.0/captcha.js"></script>
            </head><body><div id="captcha_container"></div></body></html>
            """;

        var result = Extract(page);

        Assert.Equal(ProbeStatus.Blocked, result.Status);
        Assert.Empty(result.Posts);
    }

    [Fact]
    public void An_empty_answer_is_the_anti_bot_refusal() => Assert.Equal(ProbeStatus.Blocked, Extract("").Status);

    [Fact]
    public void A_non_zero_status_code_is_an_error_with_the_message()
    {
        var result = Extract("""{"status_code":2053,"status_msg":"参数错误"}""");

        Assert.Equal(ProbeStatus.Error, result.Status);
        Assert.Contains("参数错误", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_with_no_videos_is_ok_and_empty()
    {
        var result = Extract("""{"status_code":0,"aweme_list":[],"has_more":0}""");

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Null(result.LatestPostAt);
    }
}
