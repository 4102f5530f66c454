using System.Net;
using System.Net.Http.Json;
using Media.Silo.Tests.Infrastructure;
using static Media.Silo.Tests.Websites.WebsiteCalls;

namespace Media.Silo.Tests.Websites;

/// <summary>
/// Website filing (SPEC §3.6, §5.1) on the account rails, through the API of a real silo on SQLite whose clock stands at
/// Beijing 2026-11-26 10:00; each test files websites of its own.
/// </summary>
public sealed class WebsiteFilingTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task A_bad_filing_is_refused_field_by_field_and_stores_nothing()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var body = Body(unit, "36090000-1");
        body["url"] = "ftp://www.test.example.cn/";
        body["columns"] = new object[]
        {
            new { name = "工作动态", url = "https://www.test.example.cn/gzdt/", category = "gossip" },
            new { name = "要闻", url = "https://www.test.example.cn/gzdt/", category = "news" },
            new { name = "", url = "/relative/", category = "news" },
        };

        var refused = await admin.PostAsync("/api/websites", body);

        Assert.Equal("网站标识码须为10位字母或数字", await MediaClient.FieldErrorAsync(refused, "siteIdCode"));
        var errors = (await MediaClient.ReadJsonAsync(refused))["errors"]!.AsObject();
        Assert.Equal(["columns[0].category", "columns[1].url", "columns[2].name", "columns[2].url", "siteIdCode", "url"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("栏目网址重复", errors["columns[1].url"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/api/websites/website:36090000-1")).StatusCode);
        Assert.DoesNotContain(await ListedIdsAsync(admin, "/api/websites?pageSize=200"), id => id.Contains("36090000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_filed_website_reads_back_with_its_columns_and_is_not_observed_until_read()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104");
        var code = NewCode();

        var filed = await FileAsync(admin, unit, code);
        var id = $"website:{code}";
        var read = await admin.GetJsonAsync($"/api/websites/{id}");

        Assert.Equal(id, filed["id"]!.GetValue<string>());
        Assert.Equal((code, "active", "https://www.test.example.cn/"), (filed["siteIdCode"]!.GetValue<string>(),
            filed["status"]!.GetValue<string>(), filed["url"]!.GetValue<string>()));
        Assert.Empty(filed["findings"]!.AsArray());
        Assert.Equal(["工作动态", "书记信箱"], read["columns"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.All(read["columns"]!.AsArray(), c => Assert.True(c!["confirmed"]!.GetValue<bool>()));
        Assert.Equal("粤公网安备44010402000001号", read["publicSecurity"]!.GetValue<string>());
        var observations = read["observations"]!;
        Assert.Equal("not-observed", observations["gap"]!["cause"]!.GetValue<string>());
        Assert.Contains("site-home-stale", observations["notObserved"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(7, observations["availability"]!.AsArray().Count);
        Assert.Empty(read["violations"]!.AsArray());
    }

    [Fact]
    public async Task Websites_have_their_own_list_and_stay_out_of_the_account_list_unless_asked_for()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440106");
        var id = (await FileAsync(admin, unit))["id"]!.GetValue<string>();
        var account = (await admin.FileAccountAsync(unit))["id"]!.GetValue<string>();

        var websites = await ListedIdsAsync(admin, "/api/websites?region=440106&pageSize=200");
        var accounts = await ListedIdsAsync(admin, "/api/accounts?region=440106&pageSize=200");
        var asked = await ListedIdsAsync(admin, "/api/accounts?region=440106&platform=website&pageSize=200");

        Assert.Contains(id, websites);
        Assert.DoesNotContain(account, websites);
        Assert.Contains(account, accounts);
        Assert.DoesNotContain(id, accounts);
        Assert.Contains(id, asked);
    }

    [Fact]
    public async Task A_second_filing_of_the_same_code_is_a_conflict_and_the_account_form_refuses_websites()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var code = NewCode();
        await FileAsync(admin, unit, code);

        var again = await admin.PostAsync("/api/websites", Body(unit, code));
        var asAccount = await admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "website", NewCode()));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single((await admin.GetJsonAsync($"/api/websites/website:{code}"))["filings"]!.AsArray());
        Assert.Equal("政府网站不按账号备案，请通过网站备案（/api/websites）办理", await MediaClient.FieldErrorAsync(asAccount, "platform"));
    }

    [Fact]
    public async Task Reach_is_the_accounts_a_supervisor_elsewhere_and_another_unit_see_nothing_and_cannot_file()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104");
        var otherUnit = await admin.CreateUnitAsync("440104");
        var id = (await FileAsync(admin, unit))["id"]!.GetValue<string>();
        using var elsewhere = await admin.CreateUserAsync(_silo.CreateClient(), "supervisor", regionCode: "440300");
        using var neighbour = await admin.CreateUserAsync(_silo.CreateClient(), "unit", unitCode: otherUnit);
        using var own = await admin.CreateUserAsync(_silo.CreateClient(), "unit", unitCode: unit);

        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.Http.GetAsync($"/api/websites/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.Http.GetAsync($"/api/websites/{id}")).StatusCode);
        Assert.DoesNotContain(id, await ListedIdsAsync(elsewhere, "/api/websites"));
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.PostAsync("/api/websites", Body(unit, NewCode()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await neighbour.PostAsync("/api/websites", Body(unit, NewCode()))).StatusCode);
        Assert.Equal(id, (await own.GetJsonAsync($"/api/websites/{id}"))["id"]!.GetValue<string>());
        Assert.Equal([id], await ListedIdsAsync(own, "/api/websites"));
    }

    [Fact]
    public async Task A_change_filing_renames_the_website_and_moves_its_home_and_a_closure_closes_it()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var id = (await FileAsync(admin, unit))["id"]!.GetValue<string>();

        var change = await admin.PostAsync($"/api/websites/{id}/filings", new
        {
            kind = "change", effectiveOn = "2026-11-26", changes = new { name = "测试区政府网", url = "https://www.new.example.cn/" },
        });
        var close = await admin.PostAsync($"/api/websites/{id}/filings", new { kind = "close", effectiveOn = "2026-11-26" });

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        var changed = await MediaClient.ReadJsonAsync(change);
        Assert.Equal(("测试区政府网", "https://www.new.example.cn/"), (changed["name"]!.GetValue<string>(), changed["url"]!.GetValue<string>()));
        Assert.Equal("closed", (await MediaClient.ReadJsonAsync(close))["status"]!.GetValue<string>());
        Assert.Equal(3, (await admin.GetJsonAsync($"/api/websites/{id}"))["filings"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_supervisor_confirms_columns_a_unit_may_not_and_bad_columns_change_nothing()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104");
        var id = (await FileAsync(admin, unit))["id"]!.GetValue<string>();
        using var supervisor = await admin.CreateUserAsync(_silo.CreateClient(), "supervisor", regionCode: "440100");
        using var own = await admin.CreateUserAsync(_silo.CreateClient(), "unit", unitCode: unit);
        var columns = new { columns = new[] { new { name = "通知公告", url = "https://www.test.example.cn/tzgg/", category = "notice" } } };

        var byUnit = await own.Http.PutAsJsonAsync($"/api/websites/{id}/columns", columns);
        var bad = await supervisor.Http.PutAsJsonAsync($"/api/websites/{id}/columns",
            new { columns = new[] { new { name = "通知公告", url = "tzgg", category = "notice" } } });
        var set = await supervisor.Http.PutAsJsonAsync($"/api/websites/{id}/columns", columns);

        Assert.Equal(HttpStatusCode.Forbidden, byUnit.StatusCode);
        Assert.NotNull(await MediaClient.FieldErrorAsync(bad, "columns[0].url"));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var read = await admin.GetJsonAsync($"/api/websites/{id}");
        var column = Assert.Single(read["columns"]!.AsArray())!;
        Assert.Equal(("通知公告", "notice", true), (column["name"]!.GetValue<string>(), column["category"]!.GetValue<string>(), column["confirmed"]!.GetValue<bool>()));
        var audit = (await admin.GetJsonAsync($"/api/accounts/{id}/audit"))["items"]!.AsArray();
        Assert.Contains(audit, a => a!.ToJsonString().Contains("website.columns", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_website_never_read_is_a_gap_and_the_sweep_opens_nothing_for_it()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440105");
        var id = (await FileAsync(admin, unit))["id"]!.GetValue<string>();

        var sweep = await admin.PostAsync("/api/sweeps", new { at = (SharedSilo.Now + TimeSpan.FromDays(30)).ToString("O") });

        Assert.Equal(HttpStatusCode.OK, sweep.StatusCode);
        Assert.Empty(await ActiveRulesAsync(admin, id));
        var gaps = (await admin.GetJsonAsync("/api/monitoring/gaps?region=440105&pageSize=200"))["items"]!.AsArray();
        var gap = Assert.Single(gaps, g => g!["accountId"]!.GetValue<string>() == id)!;
        Assert.Equal("not-observed", gap["cause"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_supervisor_reports_website_rules_on_websites_only_and_lists_filter_by_them()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var id = (await FileAsync(admin, unit))["id"]!.GetValue<string>();
        var account = (await admin.FileAccountAsync(unit))["id"]!.GetValue<string>();

        var reported = await admin.PostAsync("/api/violations", new { accountId = id, rule = "site-interaction-poor", note = "书记信箱留言三个月未答复" });
        var accountRuleOnSite = await admin.PostAsync("/api/violations", new { accountId = id, rule = "no-update-2w", note = "两周未更新" });
        var siteRuleOnAccount = await admin.PostAsync("/api/violations", new { accountId = account, rule = "site-identifiers", note = "无标识" });

        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        Assert.Equal("互动回应差", (await MediaClient.ReadJsonAsync(reported))["ruleName"]!.GetValue<string>());
        Assert.StartsWith("政府网站的问题类型须为", await MediaClient.FieldErrorAsync(accountRuleOnSite, "rule"), StringComparison.Ordinal);
        Assert.StartsWith("账号的问题类型须为", await MediaClient.FieldErrorAsync(siteRuleOnAccount, "rule"), StringComparison.Ordinal);
        Assert.Equal(["site-interaction-poor"], await ActiveRulesAsync(admin, id));
        var listed = (await admin.GetJsonAsync("/api/violations?rule=site-interaction-poor&status=active&pageSize=200"))["items"]!.AsArray();
        Assert.Contains(listed, v => v!["accountId"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Posts_pushed_to_a_website_are_refused_one_by_one_and_in_bulk()
    {
        using var admin = await _silo.AdminAsync();
        var id = (await FileAsync(admin, await admin.CreateUnitAsync()))["id"]!.GetValue<string>();
        var post = new { postId = "p1", publishedAt = "2026-11-26T09:00:00+08:00", title = "今日要闻" };

        var one = await admin.PostAsync($"/api/accounts/{id}/posts", new[] { post });
        var bulk = await admin.PostAsync("/api/posts", new { items = new[] { new { accountId = id, post.postId, post.publishedAt, post.title } } });

        Assert.StartsWith("政府网站不接收发布记录", await MediaClient.FieldErrorAsync(one, "body"), StringComparison.Ordinal);
        Assert.StartsWith("政府网站不接收发布记录", await MediaClient.FieldErrorAsync(bulk, "items[0].accountId"), StringComparison.Ordinal);
    }
}
