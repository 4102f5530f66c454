using System.Net;
using Media.Abstractions.Monitoring;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace Media.Silo.Tests.Sampling;

/// <summary>The survey (摸底统计) of a city: counts, followers, posting rate, originals, and consolidation candidates.</summary>
public sealed class SurveyTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly SiloFactory _silo = new() { Clock = new FakeTimeProvider(Now) };
    private MediaClient _admin = null!;

    public async ValueTask InitializeAsync() => _admin = await _silo.AdminAsync();

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task A_city_survey_counts_active_accounts_and_lists_duplicates_and_quiet_small_accounts()
    {
        var yuexiu = await _admin.CreateUnitAsync("440104", "county", "government");
        var tianhe = await _admin.CreateUnitAsync("440106", "county", "government");
        var weibo1 = await FileAsync(yuexiu, "weibo");
        await FileAsync(yuexiu, "weibo");
        await FileAsync(yuexiu, "app");
        await FileAsync(yuexiu, "app");
        var wechat = await FileAsync(yuexiu, "wechat");
        await FileAsync(tianhe, "douyin");
        var closed = await FileAsync(tianhe, "toutiao");
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync($"/api/accounts/{closed}/filings",
            new { kind = "close", effectiveOn = "2026-11-20", reason = "整合" })).StatusCode);

        var posts = Enumerable.Range(0, 8).Select(i => new
        {
            postId = $"p{i}", publishedAt = (Now - TimeSpan.FromDays(i + 1)).ToString("O"), repost = i >= 6,
        });
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync($"/api/accounts/{weibo1}/posts", posts)).StatusCode);
        await _silo.Grains.GetGrain<IMonitoredAccount>(wechat).RecordProbeAsync(new ProbeReport("ok", null, [], 500, Now, false));

        var survey = await _admin.GetJsonAsync("/api/surveys?region=440100");

        Assert.Equal(6, survey["total"]!["accounts"]!.GetValue<int>());
        var weiboRow = survey["rows"]!.AsArray().Single(r => r!["subRegion"]!.GetValue<string>() == "440104" && r["platform"]!.GetValue<string>() == "weibo")!;
        Assert.Equal(2, weiboRow["accounts"]!.GetValue<int>());
        Assert.Equal(1.9m, weiboRow["postsPerWeek"]!.GetValue<decimal>());
        Assert.Equal(0.75m, weiboRow["originalShare"]!.GetValue<decimal>());
        Assert.DoesNotContain(survey["rows"]!.AsArray(), r => r!["platform"]!.GetValue<string>() == "toutiao");
        var duplicates = survey["duplicates"]!.AsArray().Select(d => d!["platform"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["app", "weibo"], duplicates);
        var low = Assert.Single(survey["lowActivity"]!.AsArray());
        Assert.Equal(wechat, low!["accountId"]!.GetValue<string>());

        var xlsx = await _admin.Http.GetByteArrayAsync("/api/surveys?region=440100&format=xlsx");
        using var stream = new MemoryStream(xlsx);
        var rows = stream.Query(useHeaderRow: true, sheetName: "统计").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("6", rows[^1]["账号数"].ToString());
        var csv = (await _admin.Http.GetStringAsync("/api/surveys?region=440100&format=csv")).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("广东省广州市,全部平台,6,500,1.9,75.0%", csv[^2]);

        using var unit = await _admin.CreateUserAsync(_silo.CreateClient(), "unit", unitCode: yuexiu);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.Http.GetAsync("/api/surveys")).StatusCode);
    }

    private async Task<string> FileAsync(string unit, string platform)
    {
        var response = await _admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, platform, openedOn: "2026-10-01"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await MediaClient.ReadJsonAsync(response))["id"]!.GetValue<string>();
    }
}
