using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;
using Media.Silo.Tests.Mail;
using Media.Testing;

namespace Media.Silo.Tests.Monitoring;

/// <summary>
/// SPEC §3.3 "No verdict without an observation" through the API, with mail to a real SMTP sink and probes against a
/// loopback server, on Media's clock set to Beijing 2026-11-26 10:00.
/// </summary>
public sealed class ObservationBeforeVerdictTests : MailSiloTest
{
    private static readonly DateTimeOffset Now = MailSilo.Now;
    private volatile bool _blocked = true;
    private readonly LoopbackServer _pages;
    private MediaClient? _admin;

    public ObservationBeforeVerdictTests()
    {
        // A WAF answers 403 until the test lets the real page through.
        _pages = new LoopbackServer(path => _blocked
            ? Reply.Html("<html><body>Access denied</body></html>", 403)
            : Reply.Html(File.ReadAllText(Path.Combine(FixturePages.Folder, "wechat-bitsea-history.html"))));
        Silo.Settings["Probes:AllowPrivateAddresses"] = "true";
        Silo.Settings["Probes:PerHostInterval"] = "00:00:00";
    }

    [Fact]
    public async Task An_account_never_observed_is_a_gap_not_a_veto_until_a_pushed_post_shows_its_silence()
    {
        await MailSilo.SupervisorAsync(Admin, "440100", "广州市政务公开办");
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        var body = MediaClient.OpeningBody(unit, "weibo", openedOn: "2018-06-01");
        body["url"] = "https://weibo.example.cn/never-read";
        var id = (await MediaClient.ReadJsonAsync(await Admin.PostAsync("/api/accounts", body)))["id"]!.GetValue<string>();

        var sweep = await SweepAsync(Now);
        await MailSilo.DrainAsync(Silo, Admin);

        Assert.Equal(0, sweep["newViolations"]!.GetValue<int>());
        Assert.Empty(await RulesAsync(id));
        Assert.Empty(Smtp.Messages);
        var gap = Assert.Single(await GapsAsync("?cause=not-observed"), g => g!["accountId"]!.GetValue<string>() == id)!;
        Assert.Equal("尚未采集：备案以来没有推送、采集或抽查记录", gap["detail"]!.GetValue<string>());
        Assert.Equal("not-observed", gap["cause"]!.GetValue<string>());
        Assert.Equal(Now, gap["since"]!.GetValue<DateTimeOffset>());

        var posted = Now - TimeSpan.FromDays(20);
        var push = await Admin.PostAsync($"/api/accounts/{id}/posts", new[] { new { postId = "p1", publishedAt = posted.ToString("O"), title = "今日要闻" } });
        Assert.Equal(HttpStatusCode.OK, push.StatusCode);
        await SweepAsync(Now + TimeSpan.FromHours(1));

        var veto = Assert.Single((await Admin.GetJsonAsync($"/api/accounts/{id}"))["violations"]!.AsArray(),
            v => v!["rule"]!.GetValue<string>() == "no-update-2w")!;
        Assert.StartsWith("最近一次更新于2026-11-06 10:00（2026-11-26 10:00经接口推送获知）", veto["evidence"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(await GapsAsync(""), g => g!["accountId"]!.GetValue<string>() == id);
        Assert.Contains(await Smtp.WaitForAsync(2), m => m.Message.Header("X-Media-Account") == id);
    }

    [Fact]
    public async Task A_blocked_probe_is_a_gap_with_a_Chinese_detail_and_no_veto_until_a_probe_reads_the_account_again()
    {
        var unit = await Admin.CreateUnitAsync("440104", "county", "government");
        var body = MediaClient.OpeningBody(unit, "wechat", "gh_waf" + Guid.NewGuid().ToString("N")[..8], openedOn: "2017-01-01");
        body["url"] = _pages.Url("/history").ToString();
        var id = (await MediaClient.ReadJsonAsync(await Admin.PostAsync("/api/accounts", body)))["id"]!.GetValue<string>();
        var old = Now - TimeSpan.FromDays(30);
        await Admin.PostAsync($"/api/accounts/{id}/posts", new[] { new { postId = "p1", publishedAt = old.ToString("O") } });

        var round = await MediaClient.ReadJsonAsync(await Admin.PostAsync("/api/probes/rounds", new { }));
        await SweepAsync(Now);

        Assert.True(round["gaps"]!.GetValue<int>() >= 1, round.ToJsonString());
        Assert.DoesNotContain("no-update-2w", await RulesAsync(id));
        var gap = Assert.Single(await GapsAsync("?cause=blocked"), g => g!["accountId"]!.GetValue<string>() == id)!;
        Assert.Equal("平台拒绝访问（验证码或防火墙）（HTTP 403）", gap["detail"]!.GetValue<string>());

        // The next round, a day later, reads the page: the gap ends and the two-week rule applies again.
        _blocked = false;
        Clock.Advance(TimeSpan.FromDays(1));
        _admin = await Silo.AdminAsync(); // the first token has expired by then
        var second = await MediaClient.ReadJsonAsync(await _admin.PostAsync("/api/probes/rounds", new { }));
        await SweepAsync(Now + TimeSpan.FromDays(1));

        Assert.True(second["ok"]!.GetValue<int>() >= 1, second.ToJsonString());
        Assert.Empty(await GapsAsync(""));
        var veto = Assert.Single((await Api.GetJsonAsync($"/api/accounts/{id}"))["violations"]!.AsArray(),
            v => v!["rule"]!.GetValue<string>() == "no-update-2w")!;
        Assert.StartsWith("最近一次更新于2026-10-27 10:00（2026-11-26 10:00经接口推送获知）", veto["evidence"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_gap_filters_are_refused_with_field_errors()
    {
        var bad = await Admin.Http.GetAsync("/api/monitoring/gaps?cause=error&page=0&pageSize=1000");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(problem.ContainsKey("cause") && problem.ContainsKey("page") && problem.ContainsKey("pageSize"), problem.ToJsonString());
    }

    // The client signed in last: a test that moves Media's clock past a token's life signs in again.
    private MediaClient Api => _admin ?? Admin;

    public override async ValueTask DisposeAsync()
    {
        _admin?.Dispose();
        await base.DisposeAsync();
        await _pages.DisposeAsync();
    }

    private async Task<JsonObject> SweepAsync(DateTimeOffset at)
    {
        var response = await Api.PostAsync("/api/sweeps", new { at = at.ToString("O") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await MediaClient.ReadJsonAsync(response);
    }

    private async Task<JsonArray> GapsAsync(string query) => (await Api.GetJsonAsync("/api/monitoring/gaps" + query))["items"]!.AsArray();

    private async Task<List<string>> RulesAsync(string id) =>
        [.. (await Api.GetJsonAsync($"/api/accounts/{id}"))["violations"]!.AsArray().Select(v => v!["rule"]!.GetValue<string>())];
}
