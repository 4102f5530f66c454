using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace Media.Silo.Tests.Api;

/// <summary>
/// The account, violation and audit lists as XLSX and CSV: a Guangzhou supervisor's export holds every Guangzhou
/// row (more than one page) with unit and region names, and nothing of Shenzhen.
/// </summary>
public sealed class ListExportTests : IAsyncLifetime
{
    private const string YuexiuUnit = "越秀区人民政府办公室", FutianUnit = "福田区人民政府";
    private const int GuangzhouAccounts = 53; // more than the list's default page of 50

    private readonly SiloFactory _silo = new()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8))),
    };

    private MediaClient _admin = null!;
    private MediaClient _city = null!;
    private string _yuexiu = null!, _futian = null!;

    public async ValueTask InitializeAsync()
    {
        _admin = await _silo.AdminAsync();
        _yuexiu = await UnitAsync("440104", YuexiuUnit);
        _futian = await UnitAsync("440304", FutianUnit);
        for (var i = 0; i < GuangzhouAccounts; i++)
        {
            await _admin.FileAccountAsync(_yuexiu, "weibo", $"yx{i:D3}");
        }

        await _admin.FileAccountAsync(_futian, "weibo", "futian001");
        foreach (var id in new[] { "weibo:yx000", "weibo:futian001" })
        {
            var reported = await _admin.PostAsync("/api/violations", new { accountId = id, rule = "forced-engagement", note = "要求群众转发点赞" });
            Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        }

        _city = await _admin.CreateUserAsync(_silo.CreateClient(), "supervisor", "440100");
    }

    public async ValueTask DisposeAsync()
    {
        _city.Dispose();
        _admin.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task A_city_supervisors_account_workbook_has_every_row_in_reach_with_names_and_numbers_as_numbers()
    {
        var response = await _city.Http.GetAsync("/api/accounts/export?format=xlsx&platform=weibo", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("账号清单-20261203.xlsx", Uri.UnescapeDataString(disposition.FileNameStar!));

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(GuangzhouAccounts, rows.Count);
        Assert.DoesNotContain(rows, r => (string)r["账号标识"] == "weibo:futian001");
        var first = rows.Single(r => (string)r["账号标识"] == "weibo:yx000");
        Assert.Equal(YuexiuUnit, first["主办单位"]);
        Assert.Equal(_yuexiu, first["单位代码"]);
        Assert.Equal("广东省广州市越秀区", first["地区"]);
        Assert.Equal("微博", first["平台"]);
        Assert.Equal("在用", first["状态"]);
        Assert.IsType<double>(first["问题数"]);
    }

    [Fact]
    public async Task The_violation_csv_is_utf8_with_a_bom_and_holds_only_the_violations_in_reach_with_names_and_Beijing_times()
    {
        var response = await _city.Http.GetAsync("/api/violations/export?format=csv", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("问题清单-20261203.csv", Uri.UnescapeDataString(response.Content.Headers.ContentDisposition!.FileNameStar!));
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("编号,账号标识,主办单位,单位代码,地区,地区代码,问题,发现时间,状态", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines[1..]);
        Assert.Contains($",weibo:yx000,{YuexiuUnit},{_yuexiu},广东省广州市越秀区,440104,强制要求点赞、转发、下载或购买粉丝,2026-12-03 10:00:00,", row,
            StringComparison.Ordinal);
        Assert.DoesNotContain("futian", row, StringComparison.Ordinal);

        // The admin's export spans both cities.
        var all = await _admin.Http.GetAsync("/api/violations/export?format=xlsx", TestContext.Current.CancellationToken);
        using var stream = new MemoryStream(await all.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["weibo:futian001", "weibo:yx000"], rows.Select(r => (string)r["账号标识"]).Order(StringComparer.Ordinal));
        Assert.Equal(FutianUnit, rows.Single(r => (string)r["账号标识"] == "weibo:futian001")["主办单位"]);
    }

    [Fact]
    public async Task The_audit_log_exports_for_admins_only_and_a_wrong_format_is_a_field_error()
    {
        var forbidden = await _city.Http.GetAsync("/api/audit/export", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var wrong = await _admin.Http.GetAsync("/api/accounts/export?format=pdf", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("格式须为 xlsx 或 csv", await MediaClient.FieldErrorAsync(wrong, "format"));

        var response = await _admin.Http.GetAsync("/api/audit/export?subject=weibo:yx001", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>());
        Assert.Equal("weibo:yx001", row["对象"]);
        Assert.Equal("admin", row["操作人"]);
        Assert.StartsWith("2026-12-03 10:00", (string)row["时间"], StringComparison.Ordinal);
    }

    private async Task<string> UnitAsync(string region, string name)
    {
        var code = TestCodes.Uscc(region);
        var response = await _admin.PostAsync("/api/units", new { code, name, regionCode = region, level = "county", kind = "government" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return code;
    }
}
