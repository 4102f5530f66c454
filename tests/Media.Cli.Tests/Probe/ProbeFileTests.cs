using Media.Cli.Tests.Infrastructure;

namespace Media.Cli.Tests.Probe;

/// <summary><c>media probe --file</c> on every shared saved page, against the values in the fixtures README.</summary>
public sealed class ProbeFileTests
{
    private static readonly string[] Platforms = ["wechat", "weibo", "douyin", "feed", "website"];
    private static readonly string[] Statuses = ["ok", "blocked", "expired", "not-found", "error"];

    [Fact]
    public async Task A_wechat_article_page_yields_its_one_post_with_the_account_name_and_handle()
    {
        var run = await ProbeAsync("wechat", FixturePages.MpVoice);

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = ProbeOutput.Parse(run);
        Assert.Equal("ok", report.Status());
        Assert.Equal("2018-03-19T05:30:00+08:00", report.Text("latestPostAt"));
        var post = Assert.Single(report.Posts());
        Assert.Equal("2018-03-19T05:30:00+08:00", post.Text("publishedAt"));
        Assert.Equal("语音 | 早安武汉〔2018.3.19 周一〕", post.Text("title"));
        Assert.Equal("gh_09f57d9c1048", report.Text("handle"));
        Assert.Equal("长江日报", report.Text("accountName"));
    }

    [Fact]
    public async Task A_wechat_history_page_yields_ten_posts_and_the_latest_of_them()
    {
        var run = await ProbeAsync("wechat", FixturePages.BitseaHistory);

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = ProbeOutput.Parse(run);
        Assert.Equal("ok", report.Status());
        Assert.Equal(10, report.Posts().Length);
        Assert.Equal("2017-07-24T13:04:46+08:00", report.Text("latestPostAt"));
        Assert.Contains(report.Posts(), p => p.Text("title") == "【广告】让手机清凉一哈");
        Assert.All(report.Posts(), p => Assert.EndsWith("+08:00", p.Text("publishedAt"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_expired_link_page_is_expired_with_no_posts_and_exit_code_1()
    {
        var run = await ProbeAsync("wechat", FixturePages.Expired);

        Assert.Equal(1, run.ExitCode);
        var report = ProbeOutput.Parse(run);
        Assert.Equal("expired", report.Status());
        Assert.Empty(report.Posts());
        Assert.False(report.TryGetProperty("latestPostAt", out _), "absent values are left out, not written as null");
    }

    [Fact]
    public async Task A_captcha_page_is_blocked_with_no_posts_and_exit_code_1()
    {
        var run = await ProbeAsync("wechat", FixturePages.GaokaoCaptcha);

        Assert.Equal(1, run.ExitCode);
        var report = ProbeOutput.Parse(run);
        Assert.Equal("blocked", report.Status());
        Assert.Empty(report.Posts());
        Assert.NotNull(report.Text("detail"));
    }

    [Fact]
    public async Task A_government_site_page_yields_its_footer_identifiers()
    {
        var run = await ProbeAsync("website", FixturePages.GovWanzai);

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = ProbeOutput.Parse(run);
        Assert.Equal("ok", report.Status());
        var site = report.GetProperty("site");
        Assert.Equal("3609220011", site.Text("siteIdCode"));
        Assert.Equal("2023-08-16T10:33:59+08:00", site.Text("pubDate"));
        Assert.Equal("赣ICP备11002306号-1", site.Text("icp"));
        Assert.Equal("赣公网安备 36092202000105号", site.Text("publicSecurity"));
        Assert.True(site.GetProperty("conac").GetBoolean());
        Assert.True(site.GetProperty("jiucuo").GetBoolean());
    }

    [Fact]
    public async Task A_government_home_page_shows_its_newest_dated_item_and_its_lists()
    {
        var run = await ProbeAsync("website", FixturePages.GovHandan);

        Assert.True(run.ExitCode == 0, run.ToString());
        var page = ProbeOutput.Parse(run).GetProperty("page");
        Assert.StartsWith("2020-08-02", page.GetProperty("newest").Text("publishedAt"), StringComparison.Ordinal);
        Assert.Equal(5, page.GetProperty("datedLists").GetInt32());
        Assert.Equal(61, page.GetProperty("datedItems").GetInt32());
        Assert.True(page.GetProperty("siteMap").GetBoolean());
        Assert.False(page.GetProperty("navigationOnly").GetBoolean());
    }

    [Fact]
    public async Task Chinese_is_written_unescaped_and_stdout_holds_only_the_json()
    {
        var run = await ProbeAsync("wechat", FixturePages.MpVoice);

        Assert.Contains("早安武汉", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("{", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("}", run.Out.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("wechat: ok", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FixturePages.MpVoice)]
    [InlineData(FixturePages.BitseaHistory)]
    [InlineData(FixturePages.Expired)]
    [InlineData(FixturePages.GaokaoCaptcha)]
    [InlineData(FixturePages.GovWanzai)]
    public async Task Every_saved_page_prints_exactly_one_json_object_whatever_the_extractor(string page)
    {
        foreach (var platform in Platforms)
        {
            var run = await ProbeAsync(platform, page);

            Assert.True(run.ExitCode is 0 or 1, run.ToString());
            var report = ProbeOutput.Parse(run);
            Assert.Contains(report.Status(), Statuses);
            Assert.Equal(report.Status() == "ok" ? 0 : 1, run.ExitCode);
        }
    }

    private static Task<CliRun> ProbeAsync(string platform, string page) =>
        CliRun.RunAsync(["probe", "--platform", platform, "--file", FixturePages.PathOf(page)]);
}
