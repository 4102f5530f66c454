using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.SheetImports;

/// <summary>
/// <c>POST /api/imports/accounts</c> with platforms named as people write them (视频号, 微博) and rows reported at their Excel row
/// numbers (the header is row 1); a real silo.
/// </summary>
public sealed class PlatformNameImportTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task Chinese_platform_names_are_filed_under_their_ids_and_shipinhao_is_channels()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104");
        var rows = new[] { MediaClient.OpeningBody(unit, "视频号"), MediaClient.OpeningBody(unit, "微博"), MediaClient.OpeningBody(unit, "微信公众号", "gh_" + TestCodes.Handle()) };

        var response = await admin.PostAsync("/api/imports/accounts", new { rows });

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var ids = JsonNode.Parse(text)!["accounts"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ToArray();
        Assert.Equal([$"channels:{rows[0]["handle"]}", $"weibo:{rows[1]["handle"]}", $"wechat:{rows[2]["handle"]}"], ids);
        var account = await admin.GetJsonAsync("/api/accounts/" + ids[0]);
        Assert.Equal("channels", account["platform"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_platform_is_refused_at_its_excel_row_with_the_chinese_names()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104");
        var rows = new[] { MediaClient.OpeningBody(unit), MediaClient.OpeningBody(unit, "快猫") };

        var response = await admin.PostAsync("/api/imports/accounts", new { rows });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await MediaClient.ReadJsonAsync(response);
        // Data row 2 of the request is row 3 in Excel, below the header and the first row.
        var row = Assert.Single(problem["rows"]!.AsArray())!;
        Assert.Equal(3, row["row"]!.GetValue<int>());
        var message = row["errors"]!["platform"]![0]!.GetValue<string>();
        Assert.StartsWith("平台须为以下之一：微博、微信公众号、视频号、抖音", message, StringComparison.Ordinal);
        Assert.DoesNotContain("weibo", message, StringComparison.Ordinal);
        Assert.NotNull(problem["errors"]!["rows[1].platform"]);
    }
}
