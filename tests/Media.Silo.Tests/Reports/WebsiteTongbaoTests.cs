using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Websites;
using Media.Domain.Websites;
using Media.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace Media.Silo.Tests.Reports;

/// <summary>
/// A quarter of Guangzhou's 越秀区 with 20 accounts and 10 government websites (filed on the account rails, through the
/// account grain): the websites are their own stratum, their inspections apply the vetoes and the deduction sheet of
/// <c>silo-config/websites/deductions.json</c>, and the 通报 in every format has their section with their own pass rate.
/// </summary>
public sealed class WebsiteTongbaoTests : IAsyncLifetime
{
    private const string Office = "越秀区人民政府办公室", Education = "越秀区教育局";
    private static readonly string[] IcpAndSiteIdCode = ["icp", "siteIdCode"];
    private readonly SiloFactory _silo = new()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8))),
    };

    private readonly Dictionary<string, (string Name, string Unit)> _sites = [];
    private readonly List<string> _accounts = [];
    private MediaClient _admin = null!;

    public async ValueTask InitializeAsync()
    {
        _admin = await _silo.AdminAsync();
        var units = new Dictionary<string, string>
        {
            [Office] = await UnitAsync(Office, "government"),
            [Education] = await UnitAsync(Education, "department"),
        };
        for (var i = 0; i < 20; i++)
        {
            var body = MediaClient.OpeningBody(units[Office], i % 2 == 0 ? "weibo" : "wechat", openedOn: "2026-06-01");
            body["name"] = $"越秀发布{i}";
            var created = await MediaClient.ReadJsonAsync(await _admin.PostAsync("/api/accounts", body));
            _accounts.Add(created["id"]!.GetValue<string>());
        }

        for (var i = 0; i < 10; i++)
        {
            var unit = i % 2 == 0 ? Office : Education;
            var code = $"44010400{i:D2}";
            var name = unit == Office ? $"越秀区人民政府门户网站{i}" : $"越秀区教育局网站{i}";
            var outcome = await _silo.Grains.Ref<IAccountGrain>("website:" + code).OpenAsync(new OpenAccountCommand(units[unit],
                new AccountProfile(name, $"http://site{i}.test/", null, true, new ContactPerson("李四", "13800138001", "li@example.cn"), null),
                new DateOnly(2026, 6, 1), null, unit == Education ? "县级部门网站，经市政府批准保留" : null, "admin",
                Website: new WebsiteProfile($"http://site{i}.test/", "粤ICP备00000000号", null, [])));
            Assert.True(outcome.Kind == FilingOutcomeKind.Created, $"{outcome.Kind} {outcome.Field} {outcome.Error}");
            _sites["website:" + code] = (name, unit);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task A_quarter_over_20_accounts_and_10_websites_draws_at_least_3_websites_in_a_stratum_named_政府网站()
    {
        var sampling = await SampleAsync();

        Assert.Equal(30, sampling["population"]!.GetValue<int>());
        var stratum = sampling["strata"]!.AsArray().Single(s => s!["platform"]!.GetValue<string>() == "website")!;
        Assert.Equal(10, stratum["population"]!.GetValue<int>());
        var drawn = Websites(sampling);
        Assert.True(drawn.Count >= 3, $"{drawn.Count} websites drawn");
        Assert.Equal(drawn.Count, stratum["sampled"]!.GetValue<int>());
        Assert.True(sampling["accounts"]!.AsArray().Count - drawn.Count >= 6);

        var report = await _admin.GetJsonAsync($"/api/samplings/{sampling["id"]}/report?format=json");
        Assert.Contains(report["document"]!["appendix"]!["strata"]!.AsArray(), s => s!["platform"]!.GetValue<string>() == "政府网站");
        Assert.Equal(10, report["websites"]!["population"]!.GetValue<int>());
        Assert.Equal(20, report["population"]!.GetValue<int>());
    }

    [Fact]
    public async Task Website_inspections_apply_the_vetoes_then_the_sheet_and_the_tongbao_in_every_format_has_the_websites_section()
    {
        var sampling = await SampleAsync();
        var id = sampling["id"]!.GetValue<string>();
        var sites = Websites(sampling);
        var sheet = DeductionSheet.Load(RepositoryRoot.File("silo-config", "websites", "deductions.json"));
        // Lines deduct up to their cap: take the widest lines, each found often enough to reach it, until more than 40 go.
        var heavy = new List<(DeductionItem Item, int Times, decimal Points)>();
        foreach (var item in sheet.Items.OrderByDescending(Cap))
        {
            if (heavy.Sum(h => h.Points) > 40)
            {
                break;
            }

            heavy.Add((item, (int)Math.Ceiling(Cap(item) / item.Points), Cap(item)));
        }

        var light = sheet.Items.Where(i => i.Points < 40).OrderBy(i => i.Confirmed).ThenBy(i => i.Points).First();

        // A confirmed veto cannot pass; deductions belong to websites only.
        var refused = await _admin.PostAsync($"/api/samplings/{id}/inspections", new
        {
            accountId = sites[0], passed = true, findings = new[] { new { rule = WebsiteRules.HomeStale, note = "首页最新信息为2026年11月10日" } },
        });
        Assert.Contains("不合格", await MediaClient.FieldErrorAsync(refused, "passed"), StringComparison.Ordinal);
        var onAccount = await _admin.PostAsync($"/api/samplings/{id}/inspections", new
        {
            accountId = AccountsOf(sampling)[0], passed = true, findings = Array.Empty<object>(), deductions = new[] { new { item = light.Id } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, onAccount.StatusCode);

        var vetoed = await InspectAsync(id, new
        {
            accountId = sites[0], findings = new[] { new { rule = WebsiteRules.HomeStale, note = "首页最新信息为2026年11月10日" } },
        });
        Assert.False(vetoed["passed"]!.GetValue<bool>());
        var scored = await InspectAsync(id, new { accountId = sites[1], deductions = heavy.Select(h => new { item = h.Item.Id, times = h.Times }).ToArray() });
        Assert.False(scored["passed"]!.GetValue<bool>());
        Assert.Equal(100 - heavy.Sum(h => h.Points), scored["website"]!["score"]!.GetValue<decimal>());
        var passing = await InspectAsync(id, new
        {
            accountId = sites[2], deductions = new[] { new { item = light.Id } }, missingIdentifiers = IcpAndSiteIdCode,
        });
        Assert.True(passing["passed"]!.GetValue<bool>());
        Assert.Equal(100 - light.Points, passing["website"]!["score"]!.GetValue<decimal>());
        foreach (var site in sites.Skip(3))
        {
            await InspectAsync(id, new { accountId = site });
        }

        foreach (var account in AccountsOf(sampling))
        {
            await InspectAsync(id, new { accountId = account, passed = true });
        }

        // The confirmed veto is a violation of the website, raised by the sampling.
        var violations = await _silo.Grains.Ref<IMonitoredAccount>(sites[0]).GetViolationsAsync();
        Assert.Contains(violations, v => v.Rule == WebsiteRules.HomeStale && v.Source == "sampling:" + id);

        var passed = sites.Count - 2;
        var rate = Math.Round((decimal)passed / sites.Count, 4);
        var rateText = (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        var (vetoedName, vetoedUnit) = _sites[sites[0]];
        var (passingName, passingUnit) = _sites[sites[2]];

        var json = await _admin.GetJsonAsync($"/api/samplings/{id}/report?format=json");
        Assert.False(json["draft"]!.GetValue<bool>());
        Assert.Equal(1m, json["passRate"]!.GetValue<decimal>());
        Assert.Equal((sites.Count, 2, rate), (json["websites"]!["checked"]!.GetValue<int>(), json["websites"]!["failed"]!.GetValue<int>(),
            json["websites"]!["passRate"]!.GetValue<decimal>()));

        foreach (var text in new[] { DocxText.Read(await BytesAsync(id, "docx")).Body, await TextAsync(id, "html") })
        {
            Assert.Contains("政府网站和政务新媒体抽查情况的通报", text, StringComparison.Ordinal);
            Assert.Contains($"在运行的10个政府网站中随机抽查{sites.Count}个", text, StringComparison.Ordinal);
            Assert.Contains($"不合格2个，合格率为{rateText}", text, StringComparison.Ordinal);
            Assert.Contains($"政府网站单项否决问题：首页不更新（1个）", text, StringComparison.Ordinal);
            Assert.Contains($"{vetoedUnit}主办的“{vetoedName}”：首页最新信息为2026年11月10日", text, StringComparison.Ordinal);
            Assert.Contains($"{passingUnit}主办的“{passingName}”：网站标识码、ICP备案编号缺失", text, StringComparison.Ordinal);
            Assert.Equal(!light.Confirmed, text.Contains("未确认分值", StringComparison.Ordinal));
            Assert.DoesNotContain(sites[0], text, StringComparison.Ordinal);
        }

        using (var xlsx = new MemoryStream(await BytesAsync(id, "xlsx")))
        {
            var rows = xlsx.Query(useHeaderRow: true, sheetName: "政府网站").Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(sites.Count, rows.Count);
            var row = rows.Single(r => (string)r["网站名称"] == passingName);
            Assert.Equal((double)(100 - light.Points), Convert.ToDouble(row["得分"], CultureInfo.InvariantCulture));
            Assert.Equal("网站标识码、ICP备案编号缺失", row["缺失标识"]);
            var summary = xlsx.Query(useHeaderRow: true, sheetName: "汇总").Cast<IDictionary<string, object>>()
                .ToDictionary(r => r["项目"].ToString()!, r => r["数值"]);
            Assert.Equal((double)rate, Convert.ToDouble(summary["政府网站合格率"], CultureInfo.InvariantCulture), 4);
        }

        var csv = (await TextAsync(id, "csv&table=websites")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("序号,地区,主办单位,网站名称,得分,检查结论", csv[0], StringComparison.Ordinal);
        Assert.Equal(sites.Count, csv.Length - 1);
        Assert.Equal(2, csv.Count(l => l.Contains(",不合格,", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_inspection_of_a_website_shows_the_sheet_with_its_unconfirmed_points_and_the_identifiers_to_confirm()
    {
        var sampling = await SampleAsync();
        var id = sampling["id"]!.GetValue<string>();
        var site = Websites(sampling)[0];
        var sheet = DeductionSheet.Load(RepositoryRoot.File("silo-config", "websites", "deductions.json"));

        var prefill = await _admin.GetJsonAsync($"/api/samplings/{id}/accounts/{Uri.EscapeDataString(site)}");
        Assert.Equal(sheet.Items.Count, prefill["website"]!["sheet"]!.AsArray().Count);
        Assert.False(prefill["website"]!["footerRead"]!.GetValue<bool>());

        // The pages sign in with a cookie, as a browser does; Razor writes Chinese as character references.
        using var browser = _silo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PageSignIn.SignInAsync(browser, "admin", SiloFactory.AdminPassword);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/samplings/{id}/inspect/{Uri.EscapeDataString(site)}",
            TestContext.Current.CancellationToken));
        Assert.All(sheet.Items, item => Assert.Contains($"name=\"Deductions[{item.Id}]\"", page, StringComparison.Ordinal));
        Assert.Equal(sheet.Items.Any(i => !i.Confirmed), page.Contains("未确认分值", StringComparison.Ordinal));
        Assert.Contains("ICP备案编号", page, StringComparison.Ordinal);
    }

    private async Task<JsonObject> SampleAsync()
    {
        var response = await _admin.PostAsync("/api/samplings", new { quarter = "2026Q4", regionCode = "440104", ratio = 0.3m, seed = "seed-websites" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static List<string> Websites(JsonObject sampling) =>
        [.. sampling["accounts"]!.AsArray().Select(a => a!.GetValue<string>()).Where(a => a.StartsWith("website:", StringComparison.Ordinal))];

    private static List<string> AccountsOf(JsonObject sampling) =>
        [.. sampling["accounts"]!.AsArray().Select(a => a!.GetValue<string>()).Where(a => !a.StartsWith("website:", StringComparison.Ordinal))];

    private async Task<JsonObject> InspectAsync(string sampling, object body)
    {
        var response = await _admin.PostAsync($"/api/samplings/{sampling}/inspections", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private async Task<byte[]> BytesAsync(string id, string format) =>
        await _admin.Http.GetByteArrayAsync($"/api/samplings/{id}/report?format={format}", TestContext.Current.CancellationToken);

    private async Task<string> TextAsync(string id, string format) =>
        await _admin.Http.GetStringAsync($"/api/samplings/{id}/report?format={format}", TestContext.Current.CancellationToken);

    private async Task<string> UnitAsync(string name, string kind)
    {
        var code = TestCodes.Uscc("440104");
        var response = await _admin.PostAsync("/api/units", new { code, name, regionCode = "440104", level = "county", kind });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return code;
    }

    // A line found often deducts its cap; a line without a cap is taken as found twice.
    private static decimal Cap(DeductionItem item) => item.Max ?? item.Points * 2;
}
