using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;
using static Media.Silo.Tests.Websites.WebsiteCalls;

namespace Media.Silo.Tests.SheetImports;

/// <summary>
/// <c>POST /api/imports/websites</c>: a sheet of websites is checked whole before any is filed, filed with its columns, and
/// sent again with <c>onExisting=skip</c> skips what is filed; a real silo whose clock stands at Beijing 2026-11-26 10:00.
/// </summary>
public sealed class WebsiteImportTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task A_sheet_with_a_bad_row_files_nothing_and_names_the_row_and_its_field()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440113");
        var good = Body(unit, NewCode());
        var bad = Body(unit, NewCode());
        bad["columns"] = new object[] { new { name = "工作动态", url = "https://www.test.example.cn/gzdt/", category = "gossip" } };
        var repeated = Body(unit, (string)good["siteIdCode"]!);

        var refused = await admin.PostAsync("/api/imports/websites", new { rows = new[] { good, bad, repeated } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await MediaClient.ReadJsonAsync(refused);
        Assert.Equal("共 3 行，其中 2 行有误，未导入任何网站", problem["detail"]!.GetValue<string>());
        Assert.Equal(["rows[1].columns[0].category", "rows[2].siteIdCode"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("与第 2 行是同一网站 website:" + good["siteIdCode"], problem["errors"]!["rows[2].siteIdCode"]![0]!.GetValue<string>());
        Assert.Equal([3, 4], problem["rows"]!.AsArray().Select(r => r!["row"]!.GetValue<int>()));
        Assert.Equal(0, (await admin.GetJsonAsync("/api/websites?region=440113"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_good_sheet_files_every_site_with_its_columns_and_sent_again_with_skip_files_none_twice()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440114");
        var rows = new[] { Body(unit, NewCode()), Body(unit, NewCode()) };
        rows[1]["columns"] = new object[] { new { name = "通知公告", url = "https://www.test.example.cn/tzgg/", category = "notice" } };

        var imported = await ImportAsync(admin, "/api/imports/websites", rows);
        var again = await ImportAsync(admin, "/api/imports/websites?onExisting=skip", rows);
        var refused = await admin.PostAsync("/api/imports/websites", new { rows });

        var ids = rows.Select(r => $"website:{r["siteIdCode"]}").ToArray();
        Assert.Equal(2, imported["filed"]!.GetValue<int>());
        Assert.Equal(ids, imported["accounts"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.Equal(ids.Order(StringComparer.Ordinal), await ListedIdsAsync(admin, "/api/websites?region=440114"));
        Assert.Equal(["工作动态", "书记信箱"], await ColumnNamesAsync(admin, ids[0]));
        Assert.Equal(["通知公告"], await ColumnNamesAsync(admin, ids[1]));
        Assert.Equal(0, again["filed"]!.GetValue<int>());
        Assert.Equal(ids, again["skipped"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        Assert.False(again["resumed"]!.GetValue<bool>());
        Assert.Equal($"网站 {ids[0]} 已备案", await MediaClient.FieldErrorAsync(refused, "rows[0].siteIdCode"));
    }

    private static async Task<JsonObject> ImportAsync(MediaClient client, string path, object rows)
    {
        var response = await client.PostAsync(path, new { rows });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<List<string>> ColumnNamesAsync(MediaClient client, string id) =>
        [.. (await client.GetJsonAsync($"/api/websites/{id}"))["columns"]!.AsArray().Select(c => c!["name"]!.GetValue<string>())];
}
