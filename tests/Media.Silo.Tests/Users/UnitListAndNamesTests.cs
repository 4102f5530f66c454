using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Media.Silo.Tests.Users;

/// <summary>
/// <c>GET /api/units</c> within the caller's reach, and unit names beside codes in the account list: found by the unit's
/// name or its code, shown with the region's name on the page.
/// </summary>
public sealed class UnitListAndNamesTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task The_unit_list_holds_the_units_within_reach_with_names_and_account_counts_filtered_by_name_code_and_region()
    {
        using var admin = await _silo.AdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var tianhe = await UnitAsync(admin, "440106", $"天河区政务服务数据管理局{tag}");
        var futian = await UnitAsync(admin, "440304", $"福田区政务服务数据管理局{tag}");
        await admin.FileAccountAsync(tianhe);
        await admin.FileAccountAsync(tianhe, "wechat");

        var all = await admin.GetJsonAsync("/api/units?q=" + tag);
        Assert.Equal(2, all["total"]!.GetValue<int>());
        var row = Find(all, tianhe);
        Assert.Equal($"天河区政务服务数据管理局{tag}", row["name"]!.GetValue<string>());
        Assert.Equal("440106", row["regionCode"]!.GetValue<string>());
        Assert.Equal("广东省广州市天河区", row["regionName"]!.GetValue<string>());
        Assert.Equal("county", row["level"]!.GetValue<string>());
        Assert.Equal(2, row["accounts"]!.GetValue<int>());
        Assert.Equal(0, Find(all, futian)["accounts"]!.GetValue<int>());

        Assert.Equal([futian], Codes(await admin.GetJsonAsync($"/api/units?q={tag}&region=440300")));
        Assert.Equal([tianhe], Codes(await admin.GetJsonAsync("/api/units?q=" + tianhe[4..14])));

        using var guangzhou = await admin.CreateUserAsync(_silo.CreateClient(), "supervisor", regionCode: "440100");
        Assert.Equal([tianhe], Codes(await guangzhou.GetJsonAsync("/api/units?q=" + tag)));
        Assert.Equal(HttpStatusCode.Forbidden, (await guangzhou.Http.GetAsync("/api/units?region=440300")).StatusCode);
        using var unitUser = await admin.CreateUserAsync(_silo.CreateClient(), "unit", unitCode: futian);
        Assert.Equal([futian], Codes(await unitUser.GetJsonAsync("/api/units")));

        var bad = await admin.Http.GetAsync("/api/units?region=44&pageSize=0");
        Assert.NotEmpty(await MediaClient.FieldErrorAsync(bad, "region"));
    }

    [Fact]
    public async Task The_account_list_finds_a_units_accounts_by_its_name_or_code_and_the_page_shows_unit_and_region_names()
    {
        using var admin = await _silo.AdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var unit = await UnitAsync(admin, "440104", $"越秀区教育局{tag}");
        var other = await UnitAsync(admin, "440104", $"越秀区卫生健康局{tag}");
        var id = (await admin.FileAccountAsync(unit))["id"]!.GetValue<string>();
        var otherId = (await admin.FileAccountAsync(other))["id"]!.GetValue<string>();

        var byName = await admin.GetJsonAsync("/api/accounts?q=" + Uri.EscapeDataString($"教育局{tag}"));
        Assert.Equal([id], Ids(byName));
        var item = byName["items"]![0]!;
        Assert.Equal($"越秀区教育局{tag}", item["unitName"]!.GetValue<string>());
        Assert.Equal("广东省广州市越秀区", item["regionName"]!.GetValue<string>());
        Assert.Equal([id], Ids(await admin.GetJsonAsync("/api/accounts?q=" + unit)));
        Assert.Equal(new[] { id, otherId }.Order(StringComparer.Ordinal), Ids(await admin.GetJsonAsync("/api/accounts?q=" + tag)));

        // The region's lines by unit were built by the searches above: a line added for the unit afterwards is found too.
        var laterId = (await admin.FileAccountAsync(unit, "wechat"))["id"]!.GetValue<string>();
        var again = await admin.GetJsonAsync("/api/accounts?q=" + Uri.EscapeDataString($"教育局{tag}"));
        Assert.Equal(new[] { id, laterId }.Order(StringComparer.Ordinal), Ids(again));
        Assert.Equal(2, again["total"]!.GetValue<int>());

        // Never observed yet, the account is in the gaps list, named with its unit.
        var gap = (await admin.GetJsonAsync("/api/monitoring/gaps?pageSize=200"))["items"]!.AsArray().Single(g => g!["accountId"]!.GetValue<string>() == id)!;
        Assert.Equal($"越秀区教育局{tag}", gap["unitName"]!.GetValue<string>());

        using var browser = _silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PageSignIn.SignInAsync(browser, "admin", SiloFactory.AdminPassword);
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync("/accounts?q=" + unit, TestContext.Current.CancellationToken));
        Assert.Contains($"越秀区教育局{tag}", html, StringComparison.Ordinal);
        Assert.Contains("广东省广州市越秀区", html, StringComparison.Ordinal);
        Assert.Contains("单位名称", html, StringComparison.Ordinal);
        var detail = WebUtility.HtmlDecode(await browser.GetStringAsync("/accounts/" + Uri.EscapeDataString(id), TestContext.Current.CancellationToken));
        Assert.Contains($"越秀区教育局{tag}", detail, StringComparison.Ordinal);
    }

    private static async Task<string> UnitAsync(MediaClient admin, string region, string name)
    {
        var code = TestCodes.Uscc(region);
        var response = await admin.PostAsync("/api/units", new { code, name, regionCode = region, level = "county", kind = "government" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    private static JsonObject Find(JsonObject page, string code) =>
        page["items"]!.AsArray().Single(u => u!["code"]!.GetValue<string>() == code)!.AsObject();

    private static string[] Codes(JsonObject page) => [.. page["items"]!.AsArray().Select(u => u!["code"]!.GetValue<string>())];

    private static string[] Ids(JsonObject page) => [.. page["items"]!.AsArray().Select(u => u!["id"]!.GetValue<string>())];
}
