using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using Media.Abstractions;
using Media.Abstractions.Websites;
using Media.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static Media.Silo.Tests.Websites.WebsiteCalls;

namespace Media.Silo.Tests.Websites;

/// <summary>
/// The website pages (<c>/websites</c>, <c>/websites/new</c>, <c>/websites/{id}</c>) read through a cookie-signed-in client
/// of a real silo whose clock stands at Beijing 2026-11-26 10:00, as a browser without scripts reads them.
/// </summary>
public sealed partial class WebsitePagesTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private const string UserPassword = "Filing-Desk-2026";
    private static readonly DateTimeOffset Now = SharedSilo.Now;
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task The_list_shows_a_filed_website_to_its_unit_and_hides_other_units_websites()
    {
        using var admin = await _silo.AdminAsync();
        var own = await admin.CreateUnitAsync("440111");
        var other = await admin.CreateUnitAsync("440111");
        var ownCode = (await FileAsync(admin, own))["siteIdCode"]!.GetValue<string>();
        var otherCode = (await FileAsync(admin, other))["siteIdCode"]!.GetValue<string>();
        var user = await CreateUserAsync(admin, "unit", null, own);
        using var unitBrowser = await BrowserAsync(user);
        using var adminBrowser = await BrowserAsync("admin", SiloFactory.AdminPassword);

        var unitList = await PageAsync(unitBrowser, "/websites");
        var adminList = await PageAsync(adminBrowser, "/websites?region=440111");

        Assert.Contains(ownCode, unitList, StringComparison.Ordinal);
        Assert.Contains("https://www.test.example.cn/", unitList, StringComparison.Ordinal);
        Assert.Contains("尚未采集", unitList, StringComparison.Ordinal);
        Assert.DoesNotContain(otherCode, unitList, StringComparison.Ordinal);
        Assert.Contains(otherCode, adminList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await unitBrowser.GetAsync($"/websites/website:{otherCode}", Token)).StatusCode);
        Assert.Contains("href=\"/websites\"", await PageAsync(unitBrowser, "/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_page_shows_the_identifiers_found_against_those_filed_and_the_week_of_checks()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var code = (await FileAsync(admin, unit))["siteIdCode"]!.GetValue<string>();
        var id = $"website:{code}";
        // The footer shows another 网站标识码, the filed ICP number and no 公安机关备案号.
        await Site(id).RecordSiteProbeAsync(new SiteProbeReport(Now, "ok", null,
            new SiteItemRecord("区政府召开常务会议", Now - TimeSpan.FromDays(1), null), false,
            new SiteFooterRecord("3609000001", "粤ICP备 05080000号", null, true, true, true), [], []));
        // Two days ago: three checks, one failed; yesterday: two good ones.
        var checks = new[] { (-2, 9, true), (-2, 12, false), (-2, 15, true), (-1, 9, true), (-1, 15, true) }
            .Select(c => new { at = BeijingAt(c.Item1, c.Item2), ok = c.Item3, ms = 300 });
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/websites/{id}/checks", checks)).StatusCode);
        using var browser = await BrowserAsync("admin", SiloFactory.AdminPassword);

        var html = await PageAsync(browser, $"/websites/{id}");

        var identifiers = Section(html, "id=\"identifiers\"", "</table>");
        Assert.Matches($"网站标识码</th>\\s*<td[^>]*>{code}</td>\\s*<td[^>]*>3609000001</td>\\s*<td[^>]*><span class=\"tag \">不一致", identifiers);
        Assert.Matches("ICP备案编号</th>\\s*<td[^>]*>粤ICP备05080000号</td>\\s*<td[^>]*>粤ICP备 05080000号</td>\\s*<td[^>]*><span class=\"tag ok\">找到", identifiers);
        Assert.Matches("公安机关备案号</th>\\s*<td[^>]*>粤公网安备44010402000001号</td>\\s*<td[^>]*>无</td>\\s*<td[^>]*><span class=\"tag \">缺失", identifiers);
        var dayBefore = (Now - TimeSpan.FromDays(2)).ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var yesterday = (Now - TimeSpan.FromDays(1)).ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"近7天每日可用性检测次数：", html, StringComparison.Ordinal);
        Assert.Contains($"{dayBefore} 3，{yesterday} 2", html, StringComparison.Ordinal);
        Assert.Contains($"近7天每日首页无法访问次数：", html, StringComparison.Ordinal);
        Assert.Contains($"{dayBefore} 1，{yesterday} 0", html, StringComparison.Ordinal);
        Assert.Contains("区政府召开常务会议", html, StringComparison.Ordinal);
        Assert.Contains("动态要闻", Section(html, "id=\"columns\"", "</table>"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filing_form_shows_the_error_of_a_bad_site_code_beside_it_and_files_nothing()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440112");
        using var browser = await BrowserAsync("admin", SiloFactory.AdminPassword);
        var form = await PageAsync(browser, "/websites/new");

        var posted = await browser.PostAsync("/websites/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SiteIdCode"] = "36090-0001", ["Name"] = "表单测试网站", ["HomeUrl"] = "https://www.form.example.cn/", ["UnitCode"] = unit,
            ["Columns"] = "工作动态|https://www.form.example.cn/gzdt/|动态要闻\n信箱|/xx/|互动交流",
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }), Token);

        var html = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync(Token));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("<span id=\"siteIdCode-error\" class=\"field-error\">网站标识码须为10位字母或数字</span>", html, StringComparison.Ordinal);
        Assert.Matches("<span id=\"columns-error\" class=\"field-error\">第2行网址：[^<]+</span>", html);
        Assert.Contains("value=\"表单测试网站\"", html, StringComparison.Ordinal);
        Assert.Equal(0, (await admin.GetJsonAsync("/api/websites?region=440112"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_supervisor_confirms_a_discovered_column_on_the_page_and_it_is_judged_as_filed()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var code = (await FileAsync(admin, unit))["siteIdCode"]!.GetValue<string>();
        var id = $"website:{code}";
        await Site(id).RecordSiteProbeAsync(new SiteProbeReport(Now, "ok", null, null, false, null,
            [new WebsiteColumn("通知公告", "https://www.test.example.cn/tzgg/", "notice", false)], []));
        using var browser = await BrowserAsync("admin", SiloFactory.AdminPassword);
        var page = await PageAsync(browser, $"/websites/{id}");
        Assert.Contains("自动发现的栏目", page, StringComparison.Ordinal);

        var posted = await browser.PostAsync($"/websites/{id}?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Confirm[0].Url"] = "https://www.test.example.cn/tzgg/", ["Confirm[0].Chosen"] = "true", ["Confirm[0].Category"] = "plan",
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        }), Token);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var read = await admin.GetJsonAsync($"/api/websites/{id}");
        Assert.Equal(["工作动态", "书记信箱", "通知公告"], read["columns"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(("plan", true), (read["columns"]![2]!["category"]!.GetValue<string>(), read["columns"]![2]!["confirmed"]!.GetValue<bool>()));
        Assert.Empty(read["observations"]!["discovered"]!.AsArray());
        Assert.DoesNotContain("自动发现的栏目", await PageAsync(browser, $"/websites/{id}"), StringComparison.Ordinal);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IMonitoredWebsite Site(string id) => _silo.Grains.Ref<IMonitoredWebsite>(id);

    private static string BeijingAt(int days, int hour) =>
        new DateTimeOffset(Now.Date.AddDays(days).AddHours(hour), TimeSpan.FromHours(8)).ToString("O");

    private static async Task<string> CreateUserAsync(MediaClient admin, string role, string? region, string? unit)
    {
        var username = "w" + Guid.NewGuid().ToString("N")[..12];
        var response = await admin.PostAsync("/api/users", new
        {
            username, password = UserPassword, role, regionCode = region, unitCode = unit, email = username + "@example.cn", displayName = "网站页面测试",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return username;
    }

    private Task<HttpClient> BrowserAsync(string username) => BrowserAsync(username, UserPassword);

    private async Task<HttpClient> BrowserAsync(string username, string password)
    {
        var browser = _silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PageSignIn.SignInAsync(browser, username, password);
        return browser;
    }

    // Razor writes Chinese text as character references: read the page as a browser shows it.
    private static async Task<string> PageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path, Token);
        var html = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {html}");
        return WebUtility.HtmlDecode(html);
    }

    private static string Section(string html, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, from);
        return html[start..html.IndexOf(to, start, StringComparison.Ordinal)];
    }

    private static string AntiforgeryToken(string html) => TokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
