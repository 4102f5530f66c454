using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace Media.Silo.Tests.Sampling;

/// <summary>
/// Two quarters of sampling over 120 accounts in two cities on three platforms, inspected through the API;
/// the report's figures are checked against a count kept here, in JSON, XLSX, CSV and HTML.
/// </summary>
public sealed class SamplingEndToEndTests : IAsyncLifetime
{
    private static readonly string[] PlatformIds = ["weibo", "wechat", "douyin"];
    private readonly SiloFactory _silo = new()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8))),
    };

    private readonly Dictionary<string, string> _cityOf = [];
    private readonly Dictionary<string, string> _platformOf = [];
    private MediaClient _admin = null!;

    public async ValueTask InitializeAsync()
    {
        _admin = await _silo.AdminAsync();
        foreach (var (county, city) in new[] { ("440104", "440100"), ("440303", "440300") })
        {
            var unit = await _admin.CreateUnitAsync(county, "county", "government");
            for (var i = 0; i < 60; i++)
            {
                var platform = PlatformIds[i % 3];
                var response = await _admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, platform, openedOn: "2026-06-01"));
                var id = (await MediaClient.ReadJsonAsync(response))["id"]!.GetValue<string>();
                _cityOf[id] = city;
                _platformOf[id] = platform;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task Two_quarters_of_sampling_report_what_was_inspected_with_recheck_and_quarter_on_quarter_change()
    {
        var q3 = await CreateAsync("2026Q3", "seed-2026q3");
        Assert.Equal(120, q3["population"]!.GetValue<int>());
        Assert.Equal(36, q3["sampleSize"]!.GetValue<int>());
        Assert.Equal(36, q3["strata"]!.AsArray().Sum(s => s!["sampled"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.PostAsync("/api/samplings", new { quarter = "2026Q3", regionCode = "440000" })).StatusCode);
        var q3Verdicts = await InspectAsync(q3, Ids(q3, "accounts"), failEvery: 4);

        var q4 = await CreateAsync("2026Q4", seed: null);
        var q3Failures = q3Verdicts.Where(v => !v.Value).Select(v => v.Key).Order().ToList();
        Assert.Equal(q3Failures, Ids(q4, "recheck").Order());
        Assert.Equal(16, q4["seed"]!.GetValue<string>().Length);
        var q4Verdicts = await InspectAsync(q4, Ids(q4, "accounts"), failEvery: 5);
        await InspectAsync(q4, [.. Ids(q4, "recheck").Where(id => !q4Verdicts.ContainsKey(id))], failEvery: 0);

        var report = await _admin.GetJsonAsync($"/api/samplings/{q4["id"]}/report?format=json");
        var checkedCount = q4Verdicts.Count;
        var failed = q4Verdicts.Count(v => !v.Value);
        var rate4 = Math.Round((decimal)(checkedCount - failed) / checkedCount, 4);
        var rate3 = Math.Round((decimal)q3Verdicts.Count(v => v.Value) / q3Verdicts.Count, 4);
        Assert.Equal(checkedCount, report["checked"]!.GetValue<int>());
        Assert.Equal(failed, report["failed"]!.GetValue<int>());
        Assert.Equal(rate4, report["passRate"]!.GetValue<decimal>());
        Assert.Equal("2026Q3", report["previous"]!["quarter"]!.GetValue<string>());
        Assert.Equal(rate3, report["previous"]!["passRate"]!.GetValue<decimal>());
        Assert.Equal(Math.Round((rate4 - rate3) * 100, 1), report["previous"]!["deltaPoints"]!.GetValue<decimal>());
        foreach (var group in report["byRegion"]!.AsArray())
        {
            var city = group!["key"]!.GetValue<string>();
            Assert.Equal(q4Verdicts.Count(v => _cityOf[v.Key] == city), group["checked"]!.GetValue<int>());
            Assert.Equal(q4Verdicts.Count(v => _cityOf[v.Key] == city && !v.Value), group["failed"]!.GetValue<int>());
        }

        foreach (var group in report["byPlatform"]!.AsArray())
        {
            var platform = group!["key"]!.GetValue<string>();
            Assert.Equal(q4Verdicts.Count(v => _platformOf[v.Key] == platform), group["checked"]!.GetValue<int>());
        }

        Assert.Equal(failed, report["failures"]!.AsArray().Count);
        Assert.Equal(q3Failures.Count, report["recheck"]!.AsArray().Count);
        Assert.All(report["recheck"]!.AsArray(), r => Assert.NotEqual("pending", r!["result"]!.GetValue<string>()));

        await CheckFilesAsync(q4["id"]!.GetValue<string>(), q4["seed"]!.GetValue<string>(), checkedCount, failed, rate4);
    }

    [Fact]
    public async Task A_confirmed_veto_cannot_pass_and_a_fail_needs_a_problem()
    {
        var sampling = await CreateAsync("2026Q4", "seed-x");
        var account = Ids(sampling, "accounts")[0];
        var path = $"/api/samplings/{sampling["id"]}/inspections";

        var vetoPassed = await _admin.PostAsync(path, new { accountId = account, passed = true, findings = new[] { new { rule = "no-update-2w" } } });
        var bareFail = await _admin.PostAsync(path, new { accountId = account, passed = false });
        var stranger = await _admin.PostAsync(path, new { accountId = "weibo:not-in-sample", passed = true });

        Assert.Equal(HttpStatusCode.BadRequest, vetoPassed.StatusCode);
        Assert.Contains("passed", await vetoPassed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bareFail.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Equal(0, (await _admin.GetJsonAsync($"/api/samplings/{sampling["id"]}"))["inspected"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_batch_of_inspections_is_recorded_whole_and_counts_in_the_report_as_one_by_one()
    {
        var sampling = await CreateAsync("2026Q4", "seed-batch");
        var accounts = Ids(sampling, "accounts");
        var path = $"/api/samplings/{sampling["id"]}/inspections/batch";
        var items = accounts.Select((a, i) => i % 4 == 0
            ? (object)new { accountId = a, passed = false, findings = new[] { new { rule = "no-update-2w", note = "两周内无更新", confirmed = true } } }
            : new { accountId = a, passed = true }).ToList();

        var refused = await _admin.PostAsync(path, new { items = new object[] { items[1], new { accountId = "weibo:not-in-sample", passed = true } } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("items[1].accountId", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await _admin.GetJsonAsync($"/api/samplings/{sampling["id"]}"))["inspected"]!.GetValue<int>());

        var activeBefore = await AccountActivationsAsync();
        var recorded = await _admin.PostAsync(path, new { items });
        Assert.True(recorded.StatusCode == HttpStatusCode.OK, await recorded.Content.ReadAsStringAsync());

        // A batch's accounts leave memory once recorded (filing had kept every one of them active).
        var activeAfter = await AccountActivationsAsync();
        for (var wait = 0; wait < 50 && activeAfter > activeBefore - accounts.Count; wait++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            activeAfter = await AccountActivationsAsync();
        }

        Assert.True(activeAfter <= activeBefore - accounts.Count, $"{activeBefore} account grains active before the batch, {activeAfter} after");
        var report = await _admin.GetJsonAsync($"/api/samplings/{sampling["id"]}/report");
        Assert.Equal(accounts.Count, report["checked"]!.GetValue<int>());
        Assert.Equal((accounts.Count + 3) / 4, report["failed"]!.GetValue<int>());
        Assert.Null(report["mark"]);

        // Each inspection has its own audit row, as a single inspection has.
        var audit = await _admin.Http.GetStringAsync($"/api/audit/export?format=csv&subject={Uri.EscapeDataString("sampling:" + sampling["id"])}",
            TestContext.Current.CancellationToken);
        Assert.Equal(accounts.Count, audit.Split('\n').Count(line => line.Contains("sampling.inspect", StringComparison.Ordinal)));
    }

    private async Task<int> AccountActivationsAsync() =>
        (await _silo.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("Accounts.AccountGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);

    [Fact]
    public async Task The_population_is_the_accounts_of_the_region_running_at_the_draw()
    {
        var guangzhou = _cityOf.Where(c => c.Value == "440100").Select(c => c.Key).ToList();
        var closed = await _admin.PostAsync($"/api/accounts/{guangzhou[0]}/filings", new { kind = "close", effectiveOn = "2026-09-15", reason = "整合" });
        var cancelled = await _admin.PostAsync($"/api/accounts/{guangzhou[1]}/filings", new { kind = "cancel", effectiveOn = "2026-11-25" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var q4 = await CreateAsync("2026Q4", "all", "440100", ratio: 1m);
        var q3 = await CreateAsync("2026Q3", "all", "440100", ratio: 1m);

        // Both accounts were open during Q3, yet neither is running on the day of either draw.
        var running = guangzhou.Skip(2).Order().ToList();
        Assert.Equal(running, Ids(q4, "accounts").Order());
        Assert.Equal(running, Ids(q3, "accounts").Order());
        Assert.Equal(58, q3["population"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_quarter_with_three_running_accounts_and_one_cancelled_has_a_population_of_three()
    {
        var unit = await _admin.CreateUnitAsync("440105", "county", "government");
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var response = await _admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "weibo", openedOn: "2026-06-01"));
            ids.Add((await MediaClient.ReadJsonAsync(response))["id"]!.GetValue<string>());
        }

        var cancel = await _admin.PostAsync($"/api/accounts/{ids[0]}/filings", new { kind = "cancel", effectiveOn = "2026-11-20" });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);

        var sampling = await CreateAsync("2026Q4", "all", "440105", ratio: 1m);
        Assert.Equal(3, sampling["population"]!.GetValue<int>());
        Assert.DoesNotContain(ids[0], Ids(sampling, "accounts"));
    }

    private async Task CheckFilesAsync(string id, string seed, int checkedCount, int failed, decimal rate)
    {
        var xlsx = await _admin.Http.GetByteArrayAsync($"/api/samplings/{id}/report?format=xlsx");
        using var stream = new MemoryStream(xlsx);
        var summary = stream.Query(useHeaderRow: true, sheetName: "汇总").Cast<IDictionary<string, object>>()
            .ToDictionary(r => r["项目"].ToString()!, r => r["数值"]);
        Assert.Equal(checkedCount, Convert.ToInt32(summary["抽查数"], CultureInfo.InvariantCulture));
        Assert.Equal(failed, Convert.ToInt32(summary["不合格数"], CultureInfo.InvariantCulture));
        Assert.Equal((double)rate, Convert.ToDouble(summary["合格率"], CultureInfo.InvariantCulture), 4);
        Assert.Equal(seed, summary["随机种子"]);

        var html = await _admin.Http.GetStringAsync($"/api/samplings/{id}/report?format=html");
        Assert.Contains("广东省人民政府办公厅关于2026年第四季度全省政务新媒体抽查情况的通报", html, StringComparison.Ordinal);
        Assert.Contains("一、总体情况", html, StringComparison.Ordinal);
        Assert.Contains("附件：2026年第四季度全省政务新媒体抽查不合格账号名单", html, StringComparison.Ordinal);
        Assert.Contains(seed, html[html.IndexOf("附录：抽样说明", StringComparison.Ordinal)..], StringComparison.Ordinal);

        // One table per CSV file: the results by sub-region, one row per city.
        var csv = (await _admin.Http.GetStringAsync($"/api/samplings/{id}/report?format=csv&table=regions")).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("地区,抽查数,不合格数,合格率", csv[0]);
        Assert.Equal(3, csv.Count(line => line.Length > 0));
        var annex = (await _admin.Http.GetStringAsync($"/api/samplings/{id}/report?format=csv")).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("序号,地区,主办单位,账号名称,平台,问题,整改要求", annex[0]);
        Assert.Equal(failed, annex.Count(line => line.Length > 0) - 1);
    }

    private async Task<JsonObject> CreateAsync(string quarter, string? seed, string region = "440000", decimal? ratio = null)
    {
        var response = await _admin.PostAsync("/api/samplings", new { quarter, regionCode = region, seed, ratio });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    // Fails every n-th account (n = 0: none) with a confirmed two-week veto; returns the verdicts given.
    private async Task<Dictionary<string, bool>> InspectAsync(JsonObject sampling, List<string> accounts, int failEvery)
    {
        var verdicts = new Dictionary<string, bool>();
        for (var i = 0; i < accounts.Count; i++)
        {
            var passed = failEvery == 0 || i % failEvery != 0;
            var prefill = await _admin.GetJsonAsync($"/api/samplings/{sampling["id"]}/accounts/{Uri.EscapeDataString(accounts[i])}");
            Assert.NotNull(prefill["machineFindings"]);
            var response = await _admin.PostAsync($"/api/samplings/{sampling["id"]}/inspections", new
            {
                accountId = accounts[i], passed,
                findings = passed ? [] : new[] { new { rule = "no-update-2w", note = "两周内无更新", confirmed = true } },
            });
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            verdicts[accounts[i]] = passed;
        }

        return verdicts;
    }

    private static List<string> Ids(JsonObject sampling, string list) =>
        [.. sampling[list]!.AsArray().Select(a => a!.GetValue<string>())];
}
