using System.Collections.Immutable;
using System.Net;
using System.Text.Json.Nodes;
using Media.Abstractions;
using Media.Abstractions.Websites;
using Media.Silo.Tests.Infrastructure;
using static Media.Silo.Tests.Websites.WebsiteCalls;

namespace Media.Silo.Tests.Websites;

/// <summary>
/// The content rules of SPEC §3.6 applied by the website's grain to what its probes report (the reports are handed to the
/// grain as the probe round would), on a silo whose clock stands at Beijing 2026-11-26 10:00.
/// </summary>
public sealed class WebsiteContentTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private static readonly DateTimeOffset Now = SharedSilo.Now;
    private static readonly SiteFooterRecord FullFooter = new(null, "粤ICP备05080000号", "粤公网安备44010402000001号", true, true, true);
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task A_home_page_whose_newest_item_turns_fifteen_days_old_is_stale_at_the_sweep_and_a_new_item_resolves_it()
    {
        using var admin = await _silo.AdminAsync();
        var (id, code) = await FileAsync(admin);
        var item = new SiteItemRecord("区政府召开第十二次常务会议", Now - TimeSpan.FromDays(13), "https://www.test.example.cn/gzdt/1.html");
        await Site(id).RecordSiteProbeAsync(Home(code, item));
        Assert.Empty(await ActiveRulesAsync(admin, id));

        var sweep = await admin.PostAsync("/api/sweeps", new { at = (Now + TimeSpan.FromDays(2)).ToString("O") });

        Assert.Equal(HttpStatusCode.OK, sweep.StatusCode);
        var veto = await ViolationAsync(admin, id, "site-home-stale");
        Assert.Contains("区政府召开第十二次常务会议", veto["evidence"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("2026-11-13", veto["evidence"]!.GetValue<string>(), StringComparison.Ordinal);

        await Site(id).RecordSiteProbeAsync(Home(code, item with { Title = "今日要闻", PublishedAt = Now }));

        Assert.DoesNotContain("site-home-stale", await ActiveRulesAsync(admin, id));
    }

    [Fact]
    public async Task A_footer_without_a_public_security_number_is_a_finding_naming_it()
    {
        using var admin = await _silo.AdminAsync();
        var (id, code) = await FileAsync(admin);

        await Site(id).RecordSiteProbeAsync(Home(code, Today(), FullFooter with { SiteIdCode = code, PublicSecurity = null }));

        var finding = await ViolationAsync(admin, id, "site-identifiers");
        Assert.Contains("公安机关备案号", finding["evidence"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("deduction", finding["kind"]!.GetValue<string>());
        Assert.Equal("网站标识不规范", finding["ruleName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_footer_whose_site_code_differs_from_the_filed_one_names_both()
    {
        using var admin = await _silo.AdminAsync();
        var (id, code) = await FileAsync(admin);

        await Site(id).RecordSiteProbeAsync(Home(code, Today(), FullFooter with { SiteIdCode = "3609000001" }));

        var evidence = (await ViolationAsync(admin, id, "site-identifiers"))["evidence"]!.GetValue<string>();
        Assert.Contains("3609000001", evidence, StringComparison.Ordinal);
        Assert.Contains(code, evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Six_news_columns_twenty_days_old_are_stale_columns()
    {
        using var admin = await _silo.AdminAsync();
        var columns = Enumerable.Range(1, 6).Select(i => (Name: $"要闻{i}", Url: $"https://www.test.example.cn/yw{i}/")).ToList();
        var (id, code) = await FileAsync(admin, columns.Select(c => new { name = c.Name, url = c.Url, category = "news" }));
        var old = new SiteItemRecord("旧闻", Now - TimeSpan.FromDays(20), null);

        await Site(id).RecordSiteProbeAsync(Home(code, Today()) with
        {
            Columns = [.. columns.Select(c => new SiteColumnReading(c.Url, "ok", null, 12, old, []))],
        });

        Assert.Contains("site-columns-stale", await ActiveRulesAsync(admin, id));
    }

    [Fact]
    public async Task Five_blank_columns_are_stale_columns_with_their_names_as_evidence()
    {
        using var admin = await _silo.AdminAsync();
        var columns = Enumerable.Range(1, 5).Select(i => (Name: $"空栏目{i}", Url: $"https://www.test.example.cn/kl{i}/")).ToList();
        var (id, code) = await FileAsync(admin, columns.Select(c => new { name = c.Name, url = c.Url, category = "other" }));

        await Site(id).RecordSiteProbeAsync(Home(code, Today()) with
        {
            Columns = [.. columns.Select(c => new SiteColumnReading(c.Url, "ok", null, 0, null, []))],
        });

        var evidence = (await ViolationAsync(admin, id, "site-columns-stale"))["evidence"]!.GetValue<string>();
        Assert.All(columns, c => Assert.Contains(c.Name, evidence, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_title_with_a_known_error_is_suspected_until_a_supervisor_confirms_it()
    {
        using var admin = await _silo.AdminAsync();
        var (id, code) = await FileAsync(admin);
        var wrong = new SiteItemRecord("坚持依法制国 推进法治政府建设", Now - TimeSpan.FromDays(1), "https://www.test.example.cn/gzdt/9.html");

        await Site(id).RecordSiteProbeAsync(Home(code, Today()) with
        {
            Columns = [new SiteColumnReading("https://www.test.example.cn/gzdt/", "ok", null, 8, wrong, [])],
        });
        var suspected = await ViolationAsync(admin, id, "site-content-error");
        var confirm = await admin.PostAsync($"/api/violations/{Uri.EscapeDataString(suspected["id"]!.GetValue<string>())}/confirm", new { });

        Assert.Equal(("suspected", "严重表述错误"), (suspected["status"]!.GetValue<string>(), suspected["ruleName"]!.GetValue<string>()));
        Assert.Contains("依法制国", suspected["evidence"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal("open", (await ViolationAsync(admin, id, "site-content-error"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_home_read_Media_could_not_make_is_a_gap_and_judges_nothing()
    {
        using var admin = await _silo.AdminAsync();
        var (id, _) = await FileAsync(admin, region: "440111");

        await Site(id).RecordSiteProbeAsync(new SiteProbeReport(Now, "gap", "resolver down", null, false, null, [], []));

        Assert.Empty(await ActiveRulesAsync(admin, id));
        var gaps = (await admin.GetJsonAsync("/api/monitoring/gaps?region=440111&pageSize=200"))["items"]!.AsArray();
        Assert.Equal("not-observed", Assert.Single(gaps, g => g!["accountId"]!.GetValue<string>() == id)!["cause"]!.GetValue<string>());
    }

    private IMonitoredWebsite Site(string id) => _silo.Grains.Ref<IMonitoredWebsite>(id);

    private static async Task<(string Id, string Code)> FileAsync(MediaClient admin, IEnumerable<object>? columns = null,
        string region = "440104")
    {
        var code = NewCode();
        var body = Body(await admin.CreateUnitAsync(region), code);
        if (columns is not null)
        {
            body["columns"] = columns.ToArray();
        }

        var response = await admin.PostAsync("/api/websites", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ($"website:{code}", code);
    }

    private static SiteItemRecord Today() => new("今日要闻", Now - TimeSpan.FromHours(1), null);

    // A good read of the home page with its newest item and a footer (the filed identifiers unless told otherwise).
    private static SiteProbeReport Home(string code, SiteItemRecord newest, SiteFooterRecord? footer = null) =>
        new(Now, "ok", null, newest, false, footer ?? FullFooter with { SiteIdCode = code }, ImmutableArray<WebsiteColumn>.Empty, []);

    private static async Task<JsonNode> ViolationAsync(MediaClient admin, string id, string rule) =>
        Assert.Single((await admin.GetJsonAsync($"/api/websites/{id}"))["violations"]!.AsArray(), v => v!["rule"]!.GetValue<string>() == rule)!;
}
