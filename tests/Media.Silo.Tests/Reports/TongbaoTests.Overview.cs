using System.Net;
using Media.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Media.Silo.Tests.Reports;

/// <summary>The quarter's overview of Guangdong's cities on <c>GET /api/reports</c> and <c>/reports</c>: 合格率 by city, ranked.</summary>
public sealed partial class TongbaoTests
{
    [Fact]
    public async Task A_province_overview_ranks_its_cities_by_the_pass_rate_of_their_completed_samplings()
    {
        // 广州市: all twelve sampled, two fail (10/12). 深圳市: two sampled, none fails (2/2).
        var guangzhou = await SampleAsync("2026Q4");
        foreach (var account in _ids.ToList())
        {
            await InspectAsync(guangzhou, account, account == _repeat ? Veto : account == _rectified ? Other : null);
        }

        var shenzhenUnit = await UnitAsync("440300", "深圳市政务服务数据管理局", "city", "department");
        var shenzhenAccounts = new[] { await AccountAsync(shenzhenUnit, "weibo", "深圳政务1"), await AccountAsync(shenzhenUnit, "wechat", "深圳政务2") };
        var shenzhen = await SampleAsync("2026Q4", "440300");
        foreach (var account in shenzhenAccounts)
        {
            await InspectAsync(shenzhen, account, null);
        }

        var overview = (await _admin.GetJsonAsync("/api/reports?quarter=2026Q4&region=440000"))["overview"]!;
        Assert.Equal("2026Q4", overview["quarter"]!.GetValue<string>());
        var regions = overview["regions"]!.AsArray();
        Assert.Equal(["440300", "440100"], regions.Take(2).Select(r => r!["regionCode"]!.GetValue<string>()));
        Assert.Equal([1, 2], regions.Take(2).Select(r => r!["rank"]!.GetValue<int>()));
        Assert.Equal([1m, 0.8333m], regions.Take(2).Select(r => r!["passRate"]!.GetValue<decimal>()));
        Assert.Equal([(2, 0), (12, 2)], regions.Take(2).Select(r => (r!["checked"]!.GetValue<int>(), r["failed"]!.GetValue<int>())));
        Assert.All(regions.Skip(2), r =>
        {
            Assert.Equal("notSampled", r!["progress"]!.GetValue<string>());
            Assert.Null(r["rank"]);
        });

        using var browser = _silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PageSignIn.SignInAsync(browser, "admin", SiloFactory.AdminPassword);
        // Razor writes Chinese names as character references: read the page as a browser shows it.
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync("/reports?Quarter=2026Q4&Region=440000", TestContext.Current.CancellationToken));
        var table = html[html.IndexOf("各市抽查合格率排名", StringComparison.Ordinal)..];
        var (first, second) = (table.IndexOf("深圳市", StringComparison.Ordinal), table.IndexOf("广州市", StringComparison.Ordinal));
        Assert.True(first >= 0 && first < second, "深圳市 (100%) ranks above 广州市 (83.3%)");
        Assert.Contains("100.0%", table, StringComparison.Ordinal);
        Assert.Contains("83.3%", table, StringComparison.Ordinal);
        Assert.Contains("未抽查", table, StringComparison.Ordinal);
    }
}
