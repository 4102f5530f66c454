using Media.Probes.Extractors;

namespace Media.Probes.Tests.Http;

/// <summary>Saved pages served over loopback, fetched and extracted as a scheduled probe would.</summary>
public class ProbeRunnerTests
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    private static async Task<ProbeResult> ProbeAsync(Reply reply, IExtractor extractor, bool allowPrivate = true)
    {
        await using var server = new LoopbackServer(_ => reply);
        using var fetcher = Fetchers.Create(allowPrivate);
        return await ProbeRunner.RunAsync(fetcher, extractor, server.Url("/profile"), Clock, CancellationToken.None);
    }

    [Fact]
    public async Task A_served_history_page_gives_its_ten_posts()
    {
        var result = await ProbeAsync(Reply.Html(FixturePages.Read("wechat-bitsea-history.html")), new WechatExtractor());

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Equal(10, result.Posts.Count);
    }

    [Fact]
    public async Task A_served_captcha_page_is_a_blocked_gap()
    {
        var result = await ProbeAsync(Reply.Html(FixturePages.Read("wechat-search-gaokao-gzh-error.html")), new WechatExtractor());

        Assert.Equal(ProbeStatus.Blocked, result.Status);
    }

    [Fact]
    public async Task A_403_answer_is_blocked() =>
        Assert.Equal(ProbeStatus.Blocked, (await ProbeAsync(Reply.Html("{}", 403), new WeiboExtractor())).Status);

    [Fact]
    public async Task A_refused_fetch_is_an_error_gap_naming_the_cause()
    {
        var result = await ProbeAsync(Reply.Html("secret"), new WebsiteExtractor(), allowPrivate: false);

        Assert.Equal(ProbeStatus.Error, result.Status);
        Assert.Contains("Refused", result.Detail, StringComparison.Ordinal);
    }
}
