using System.Net;
using System.Text.Json.Nodes;
using Media.Domain.Time;
using Media.Domain.Websites;
using Media.Silo.Tests.Infrastructure;
using static Media.Silo.Tests.Websites.WebsiteCalls;

namespace Media.Silo.Tests.Websites.Acceptance;

/// <summary>
/// Issue 19's acceptance, end to end: a small government site on a loopback port is filed with <c>POST /api/websites</c>,
/// read by Media's probe rounds (<c>POST /api/probes/rounds</c>: the guarded fetcher, the page reader, the website grain),
/// swept (<c>POST /api/sweeps</c>), and its violations and gaps read back from the API. Media's clock stands at Beijing
/// 2026-11-26 10:00 and moves only when a test waits for the next content probe; each test has its own site, 网站标识码
/// and region.
/// </summary>
public sealed class WebsiteAcceptanceTests(AcceptanceSilo fixture) : IClassFixture<AcceptanceSilo>
{
    private static readonly TimeSpan ContentProbeInterval = TimeSpan.FromHours(new WebsiteOptions().ContentProbeHours);

    [Fact]
    public async Task A_home_page_fifteen_days_stale_is_vetoed_at_the_sweep_and_an_item_dated_today_resolves_it_at_the_next_probe()
    {
        using var admin = await fixture.Silo.AdminAsync();
        await using var site = new LiveGovSite(fixture.Clock);
        site.AddHomeItem("县政府召开第二十九次常务会议", daysAgo: 15);
        site.AddHomeItem("全县秋冬季农业生产现场会召开", daysAgo: 22);
        var published = DaysAgo(15);
        var id = await FileAsync(admin, site, "440103");

        await ProbeRoundAsync(admin, id);
        await SweepAsync(admin);

        var veto = await ViolationAsync(admin, id, WebsiteRules.HomeStale);
        Assert.Equal("veto", veto["kind"]!.GetValue<string>());
        Assert.Contains("《县政府召开第二十九次常务会议》", Evidence(veto), StringComparison.Ordinal);
        Assert.Contains(published, Evidence(veto), StringComparison.Ordinal);

        fixture.Clock.Advance(ContentProbeInterval);
        site.AddHomeItem("县长主持召开防汛抗旱工作会议", daysAgo: 0);
        await ProbeRoundAsync(admin, id);

        Assert.DoesNotContain(WebsiteRules.HomeStale, await ActiveRulesAsync(admin, id));
        var resolved = (await admin.GetJsonAsync($"/api/violations?region=440103&rule={WebsiteRules.HomeStale}&status=resolved&pageSize=200"))["items"]!.AsArray();
        Assert.Equal(veto["id"]!.GetValue<string>(), Assert.Single(resolved, v => v!["accountId"]!.GetValue<string>() == id)!["id"]!.GetValue<string>());
        var newest = (await admin.GetJsonAsync($"/api/websites/{id}"))["observations"]!["homeNewest"]!;
        Assert.Equal("县长主持召开防汛抗旱工作会议", newest["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Six_news_columns_twenty_days_old_and_five_blank_columns_are_stale_columns()
    {
        using var admin = await fixture.Silo.AdminAsync();
        await using var stale = new LiveGovSite(fixture.Clock);
        await using var blank = new LiveGovSite(fixture.Clock);
        foreach (var site in new[] { stale, blank })
        {
            site.AddHomeItem("县政府召开第三十次常务会议", daysAgo: 0);
        }

        string[] news = ["政务动态", "部门动态", "乡镇动态", "图片新闻", "媒体聚焦", "工作简报"];
        for (var i = 0; i < news.Length; i++)
        {
            stale.AddColumn($"dt{i}", news[i], 20, 25, 31);
        }

        string[] empty = ["政策解读", "人事信息", "财政预决算", "统计数据", "应急管理"];
        for (var i = 0; i < empty.Length; i++)
        {
            blank.AddColumn($"kl{i}", empty[i]);
        }

        var staleId = await FileAsync(admin, stale, "440113", news.Select((name, i) => (name, $"/dt{i}/", ColumnCategories.News)));
        var blankId = await FileAsync(admin, blank, "440113", empty.Select((name, i) => (name, $"/kl{i}/", ColumnCategories.Other)));

        await ProbeRoundAsync(admin, staleId, blankId);
        await SweepAsync(admin);

        var staleEvidence = Evidence(await ViolationAsync(admin, staleId, WebsiteRules.ColumnsStale));
        Assert.All(news, name => Assert.Contains($"{name}（最新{DaysAgo(20)}）", staleEvidence, StringComparison.Ordinal));
        var blankEvidence = Evidence(await ViolationAsync(admin, blankId, WebsiteRules.ColumnsStale));
        Assert.Contains("空白栏目共5个", blankEvidence, StringComparison.Ordinal);
        Assert.All(empty, name => Assert.Contains(name, blankEvidence, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_footer_without_its_public_security_number_or_with_another_site_code_is_an_identifiers_finding_naming_it()
    {
        using var admin = await fixture.Silo.AdminAsync();
        await using var missing = new LiveGovSite(fixture.Clock);
        missing.SetFooter(missing.Code, LiveGovSite.Icp, publicSecurity: null);
        await using var other = new LiveGovSite(fixture.Clock);
        other.SetFooter("3609000001", LiveGovSite.Icp, LiveGovSite.PublicSecurity);
        foreach (var site in new[] { missing, other })
        {
            site.AddHomeItem("县政府召开第三十次常务会议", daysAgo: 0);
        }

        var missingId = await FileAsync(admin, missing, "440114");
        var otherId = await FileAsync(admin, other, "440114");

        await ProbeRoundAsync(admin, missingId, otherId);
        await SweepAsync(admin);

        var finding = await ViolationAsync(admin, missingId, WebsiteRules.Identifiers);
        Assert.Equal(("deduction", "页面底部缺少公安机关备案号"), (finding["kind"]!.GetValue<string>(), Evidence(finding)));
        Assert.Equal($"网站标识码页面为3609000001，备案为{other.Code}", Evidence(await ViolationAsync(admin, otherId, WebsiteRules.Identifiers)));
    }

    [Fact]
    public async Task A_site_never_read_is_not_observed_in_the_gaps_and_the_sweep_gives_it_no_veto()
    {
        using var admin = await fixture.Silo.AdminAsync();
        // Its error page would be a stale home without identifiers, were it read.
        await using var failing = new LiveGovSite(fixture.Clock);
        failing.AddHomeItem("县政府召开第二十九次常务会议", daysAgo: 40);
        failing.SetFooter(null, null, null);
        failing.SetHomeStatus(HttpStatusCode.InternalServerError);
        var failingId = await FileAsync(admin, failing, "440117");
        var closedId = await FileAsync(admin, new Uri($"http://www.yangli.gov.cn:{FreePort.Next()}/"), NewCode(), "440117", []);

        var round = await MediaClient.ReadJsonAsync(await admin.PostAsync("/api/probes/rounds", new { }));
        await SweepAsync(admin);

        Assert.True(round["probed"]!.GetValue<int>() >= 2, round.ToJsonString());
        var gaps = (await admin.GetJsonAsync("/api/monitoring/gaps?region=440117&pageSize=200"))["items"]!.AsArray();
        foreach (var (id, failure) in new[] { (failingId, "无法读取（HTTP 500）"), (closedId, "网络错误，无法连接") })
        {
            var gap = Assert.Single(gaps, g => g!["accountId"]!.GetValue<string>() == id)!;
            Assert.Equal("not-observed", gap["cause"]!.GetValue<string>());
            Assert.Contains(failure, gap["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            var read = await admin.GetJsonAsync($"/api/websites/{id}");
            Assert.Empty(read["violations"]!.AsArray());
            Assert.Contains(WebsiteRules.HomeStale, read["observations"]!["notObserved"]!.AsArray().Select(r => r!.GetValue<string>()));
        }
    }

    // The Beijing date so many days before Media's clock now, as pages and evidence write it.
    private string DaysAgo(int days) => BeijingTime.DateOf(fixture.Clock.GetUtcNow() - TimeSpan.FromDays(days))
        .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Evidence(JsonNode violation) => violation["evidence"]!.GetValue<string>();

    private static Task<string> FileAsync(MediaClient admin, LiveGovSite site, string region,
        IEnumerable<(string Name, string Path, string Category)>? columns = null) =>
        FileAsync(admin, site.Url(), site.Code, region, [.. (columns ?? []).Select(c => (c.Name, site.Url(c.Path), c.Category))]);

    // Filed as an office files it: the home page under its name, the identifiers the footer should show, the columns.
    private static async Task<string> FileAsync(MediaClient admin, Uri home, string code, string region,
        IReadOnlyList<(string Name, Uri Url, string Category)> columns)
    {
        var body = Body(await admin.CreateUnitAsync(region), code);
        body["url"] = home.ToString();
        body["icp"] = LiveGovSite.Icp;
        body["publicSecurity"] = LiveGovSite.PublicSecurity;
        body["columns"] = columns.Select(c => new { name = c.Name, url = c.Url.ToString(), category = c.Category }).ToArray();
        var response = await admin.PostAsync("/api/websites", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return $"website:{code}";
    }

    // A round reads every website due; the given ones must have had their home page read by it, at Media's clock now.
    private async Task ProbeRoundAsync(MediaClient admin, params string[] ids)
    {
        var round = await MediaClient.ReadJsonAsync(await admin.PostAsync("/api/probes/rounds", new { }));
        Assert.True(round["ok"]!.GetValue<int>() >= ids.Length, round.ToJsonString());
        foreach (var id in ids)
        {
            var read = (await admin.GetJsonAsync($"/api/websites/{id}"))["observations"]!["homeReadAt"];
            Assert.Equal(fixture.Clock.GetUtcNow(), read?.GetValue<DateTimeOffset>());
        }
    }

    private static async Task SweepAsync(MediaClient admin) =>
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/sweeps", new { })).StatusCode);

    private static async Task<JsonNode> ViolationAsync(MediaClient admin, string id, string rule) =>
        Assert.Single((await admin.GetJsonAsync($"/api/websites/{id}"))["violations"]!.AsArray(), v => v!["rule"]!.GetValue<string>() == rule)!;
}
