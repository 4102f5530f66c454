using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;
using static Media.Silo.Tests.Websites.WebsiteCalls;

namespace Media.Silo.Tests.SheetImports;

/// <summary>
/// <c>POST /api/imports/…?onExisting=update</c>: a sheet sent again with some rows changed files a change (变更) of what
/// differs in each, effective today with the reason 批量导入更新, and leaves the matching rows alone; a real silo whose
/// clock stands at Beijing 2026-11-26 10:00.
/// </summary>
public sealed class UpdateImportTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task A_sheet_sent_again_with_a_new_phone_and_a_new_name_changes_those_two_and_leaves_three_unchanged()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440105");
        var rows = Enumerable.Range(0, 5).Select(_ => MediaClient.OpeningBody(unit)).ToArray();
        await ImportAsync(admin, "/api/imports/accounts", rows);
        var ids = rows.Select(r => $"weibo:{r["handle"]}").ToArray();
        var before = await Task.WhenAll(ids.Select(id => admin.GetJsonAsync("/api/accounts/" + id)));
        rows[1]["responsible"] = new { name = "张三", phone = "13900139000", email = "zhang@example.cn" };
        rows[3]["name"] = "测试发布（更名）";

        var dryRun = await ImportAsync(admin, "/api/imports/accounts?onExisting=update", rows, dryRun: true);
        var afterDryRun = await Task.WhenAll(ids.Select(id => admin.GetJsonAsync("/api/accounts/" + id)));
        var updated = await ImportAsync(admin, "/api/imports/accounts?onExisting=update", rows);

        Assert.Equal(before.Select(a => a.ToJsonString()), afterDryRun.Select(a => a.ToJsonString()));
        foreach (var result in new[] { dryRun, updated })
        {
            Assert.Equal(0, result["filed"]!.GetValue<int>());
            Assert.Empty(result["accounts"]!.AsArray());
            Assert.Empty(result["failed"]!.AsArray());
            Assert.Equal([(3, ids[1]), (5, ids[3])], result["updated"]!.AsArray().Select(u => (u!["row"]!.GetValue<int>(), u["id"]!.GetValue<string>())));
            Assert.Equal([ids[0], ids[2], ids[4]], result["unchanged"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()));
            Assert.Equal([("responsible.phone", "13800138000", "13900139000")], Items(result["updated"]![0]!["changes"]!));
            Assert.Equal([("name", "测试发布", "测试发布（更名）")], Items(result["updated"]![1]!["changes"]!));
        }

        var phone = await admin.GetJsonAsync("/api/accounts/" + ids[1]);
        Assert.Equal("13900139000", phone["responsible"]!["phone"]!.GetValue<string>());
        var change = phone["filings"]!.AsArray()[^1]!;
        Assert.Equal("change", change["kind"]!.GetValue<string>());
        Assert.Equal("2026-11-26", change["effectiveOn"]!.GetValue<string>());
        Assert.Equal("批量导入更新", change["reason"]!.GetValue<string>());
        Assert.Equal([("responsible.phone", "13800138000", "13900139000")], Items(change["differences"]!));
        var renamed = await admin.GetJsonAsync("/api/accounts/" + ids[3]);
        Assert.Equal("测试发布（更名）", renamed["name"]!.GetValue<string>());
        Assert.Equal([("name", "测试发布", "测试发布（更名）")], Items(renamed["filings"]!.AsArray()[^1]!["differences"]!));
        foreach (var i in new[] { 0, 2, 4 })
        {
            Assert.Equal(before[i].ToJsonString(), (await admin.GetJsonAsync("/api/accounts/" + ids[i])).ToJsonString());
        }
    }

    [Fact]
    public async Task A_row_of_a_cancelled_account_or_of_another_units_account_refuses_the_sheet_and_nothing_is_changed()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440106");
        var other = await admin.CreateUnitAsync("440106");
        var rows = Enumerable.Range(0, 3).Select(_ => MediaClient.OpeningBody(unit)).ToArray();
        await ImportAsync(admin, "/api/imports/accounts", rows);
        var ids = rows.Select(r => $"weibo:{r["handle"]}").ToArray();
        var cancel = await admin.PostAsync($"/api/accounts/{ids[1]}/filings", new { kind = "cancel", effectiveOn = "2026-11-25" });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var before = await Task.WhenAll(ids.Select(id => admin.GetJsonAsync("/api/accounts/" + id)));
        rows[0]["name"] = "本应变更";
        rows[1]["name"] = "已注销的号";
        rows[2]["unitCode"] = other;

        var refused = await admin.PostAsync("/api/imports/accounts?onExisting=update", new { rows });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await MediaClient.ReadJsonAsync(refused);
        Assert.Equal("共 3 行，其中 2 行有误，未导入任何账号", problem["detail"]!.GetValue<string>());
        Assert.Equal($"账号 {ids[1]} 已注销，不能变更", problem["errors"]!["rows[1].handle"]![0]!.GetValue<string>());
        Assert.Equal($"账号 {ids[2]} 由其他单位备案，不能按本表的主办单位变更", problem["errors"]!["rows[2].unitCode"]![0]!.GetValue<string>());
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(before[i].ToJsonString(), (await admin.GetJsonAsync("/api/accounts/" + ids[i])).ToJsonString());
        }
    }

    [Fact]
    public async Task A_row_of_an_account_outside_the_supervisors_region_is_refused_and_not_changed()
    {
        using var admin = await _silo.AdminAsync();
        using var guangzhou = await admin.CreateUserAsync(_silo.CreateClient(), "supervisor", "440100");
        var shenzhen = await admin.CreateUnitAsync("440304");
        var row = MediaClient.OpeningBody(shenzhen);
        await ImportAsync(admin, "/api/imports/accounts", new[] { row });
        var id = $"weibo:{row["handle"]}";
        row["name"] = "越权更名";

        var refused = await guangzhou.PostAsync("/api/imports/accounts?onExisting=update", new { rows = new[] { row } });

        Assert.Equal("不能为管辖范围以外的单位备案", await MediaClient.FieldErrorAsync(refused, "rows[0].unitCode"));
        Assert.Equal("测试发布", (await admin.GetJsonAsync("/api/accounts/" + id))["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_on_existing_value_is_refused_naming_the_three_values()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440106");

        var refused = await admin.PostAsync("/api/imports/accounts?onExisting=merge", new { rows = new[] { MediaClient.OpeningBody(unit) } });

        var message = await MediaClient.FieldErrorAsync(refused, "onExisting");
        Assert.All(["refuse", "skip", "update"], value => Assert.Contains(value, message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_website_sheet_sent_again_with_a_new_home_url_changes_the_site_and_its_home_url()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440115");
        var rows = new[] { Body(unit, NewCode()), Body(unit, NewCode()) };
        await ImportAsync(admin, "/api/imports/websites", rows);
        var ids = rows.Select(r => $"website:{r["siteIdCode"]}").ToArray();
        var untouched = await admin.GetJsonAsync("/api/websites/" + ids[1]);
        rows[0]["url"] = "https://www.new.example.cn/";

        var updated = await ImportAsync(admin, "/api/imports/websites?onExisting=update", rows);

        Assert.Equal([ids[0]], updated["updated"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()));
        Assert.Equal([("url", "https://www.test.example.cn/", "https://www.new.example.cn/")], Items(updated["updated"]![0]!["changes"]!));
        Assert.Equal([ids[1]], updated["unchanged"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()));
        var site = await admin.GetJsonAsync("/api/websites/" + ids[0]);
        Assert.Equal("https://www.new.example.cn/", site["url"]!.GetValue<string>());
        Assert.Equal(untouched.ToJsonString(), (await admin.GetJsonAsync("/api/websites/" + ids[1])).ToJsonString());
    }

    // A change's items as (field, before, after), as the import answers them and the history records them.
    private static List<(string, string?, string?)> Items(JsonNode changes) =>
        [.. changes.AsArray().Select(c => (c!["field"]!.GetValue<string>(), c["before"]?.GetValue<string>(), c["after"]?.GetValue<string>()))];

    private static async Task<JsonObject> ImportAsync(MediaClient client, string path, object rows, bool dryRun = false)
    {
        var response = await client.PostAsync(path, new { rows, dryRun });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }
}
