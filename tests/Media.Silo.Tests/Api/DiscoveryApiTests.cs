using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Media.Domain.Time;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Api;

/// <summary>
/// <c>POST /api/discoveries</c> (SPEC §3.3): a supervisor's discovery of an unfiled account opens <c>filing-missing</c>, which runs
/// the normal violation life and closes when a unit files the account; lateness then counts from the discovery date. Each
/// test moves the silo's clock forward only and reads today from it, so none depends on another's order.
/// </summary>
public sealed class DiscoveryApiTests(DiscoveryApiTests.Silo fixture) : IClassFixture<DiscoveryApiTests.Silo>
{
    private readonly SiloFactory _silo = fixture.Factory;
    private readonly FakeTimeProvider _clock = fixture.Clock;

    private string Today => BeijingTime.DateOf(_clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_discovery_is_listed_as_filing_missing_takes_a_notice_and_closes_when_the_unit_files_it()
    {
        using var admin = await _silo.AdminAsync();
        using var supervisor = await admin.CreateUserAsync(_silo.CreateClient(), "supervisor", "440100");
        var unit = await admin.CreateUnitAsync();
        var handle = TestCodes.Handle("found");

        var discovery = await DiscoverAsync(supervisor, handle);
        var violationId = discovery["violationId"]!.GetValue<string>();
        Assert.Equal($"douyin:{handle}", discovery["accountId"]!.GetValue<string>());
        Assert.StartsWith($"douyin:{handle}~", violationId, StringComparison.Ordinal);

        var listed = await supervisor.GetJsonAsync("/api/violations?rule=filing-missing&status=active");
        var violation = Assert.Single(listed["items"]!.AsArray(), v => v!["id"]!.GetValue<string>() == violationId)!;
        Assert.Equal("未备案", violation["ruleName"]!.GetValue<string>());
        Assert.Contains("某街道发布", violation["evidence"]!.GetValue<string>(), StringComparison.Ordinal);

        var notice = await supervisor.PostAsync($"/api/violations/{violationId}/notice", new { text = "请主办单位尽快备案" });
        var noticed = await notice.Content.ReadAsStringAsync();
        Assert.True(notice.StatusCode == HttpStatusCode.OK, noticed);
        Assert.Equal("rectifying", JsonNode.Parse(noticed)!["status"]!.GetValue<string>());

        _clock.Advance(TimeSpan.FromDays(1));
        var filed = await FileAsync(admin, unit, handle, openedOn: "2019-03-01");

        Assert.False(filed["filing"]!["late"]!.GetValue<bool>(), "filed the day after discovery, whatever the opening date");
        Assert.DoesNotContain(filed["findings"]!.AsArray(), f => f!["rule"]!.GetValue<string>() == "filing-late");
        var closed = await supervisor.GetJsonAsync("/api/violations?rule=filing-missing&status=resolved");
        var resolved = Assert.Single(closed["items"]!.AsArray(), v => v!["id"]!.GetValue<string>() == violationId)!;
        Assert.Equal("admin", resolved["closedBy"]!.GetValue<string>());
        Assert.Contains("随备案关闭", resolved["evidence"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(resolved["rectification"]!["history"]!.AsArray(), h => h!["step"]!.GetValue<string>() == "filing");
        var active = await supervisor.GetJsonAsync("/api/violations?rule=filing-missing&status=active");
        Assert.DoesNotContain(active["items"]!.AsArray(), v => v!["id"]!.GetValue<string>() == violationId);
    }

    [Fact]
    public async Task A_filing_five_days_after_discovery_is_late_from_the_discovery_date_and_listed_by_the_rule()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var late = TestCodes.Handle("late");
        var onTime = TestCodes.Handle("ontime");
        var discoveredOn = (await DiscoverAsync(admin, late))["discoveredOn"]!.GetValue<string>();
        Assert.Equal(Today, discoveredOn);
        var onTimeId = (await FileAsync(admin, unit, onTime, Today))["id"]!.GetValue<string>();

        _clock.Advance(TimeSpan.FromDays(5));
        var filed = await FileAsync(admin, unit, late, discoveredOn);

        Assert.True(filed["filing"]!["late"]!.GetValue<bool>());
        var finding = Assert.Single(filed["findings"]!.AsArray(), f => f!["rule"]!.GetValue<string>() == "filing-late")!;
        var message = finding["message"]!.GetValue<string>();
        Assert.Contains(discoveredOn, message, StringComparison.Ordinal);
        Assert.Contains("自发现之日", message, StringComparison.Ordinal);
        var listed = (await admin.GetJsonAsync("/api/accounts?rule=filing-late&pageSize=200"))["items"]!.AsArray()
            .Select(a => a!["id"]!.GetValue<string>()).ToList();
        Assert.Contains($"douyin:{late}", listed);
        Assert.DoesNotContain(onTimeId, listed);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/api/violations?rule=filing-late")).StatusCode);
    }

    [Fact]
    public async Task An_import_counts_a_discovered_accounts_lateness_from_the_discovery_in_the_dry_run_and_closes_it_when_filed()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var handle = TestCodes.Handle("sheet");
        var violationId = (await DiscoverAsync(admin, handle))["violationId"]!.GetValue<string>();
        var rows = new[] { MediaClient.OpeningBody(unit, "douyin", handle, "2019-03-01") };

        var preview = await admin.PostAsync("/api/imports/accounts", new { rows, dryRun = true });
        _clock.Advance(TimeSpan.FromDays(5));
        var latePreview = await admin.PostAsync("/api/imports/accounts", new { rows, dryRun = true });
        var imported = await admin.PostAsync("/api/imports/accounts", new { rows });

        Assert.DoesNotContain("filing-late", await FindingsOfFirstRowAsync(preview));
        Assert.Contains("filing-late", await FindingsOfFirstRowAsync(latePreview));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var resolved = await admin.GetJsonAsync("/api/violations?rule=filing-missing&status=resolved&pageSize=200");
        Assert.Contains(resolved["items"]!.AsArray(), v => v!["id"]!.GetValue<string>() == violationId);
    }

    [Fact]
    public async Task Bad_discoveries_are_refused_with_field_errors_and_change_nothing()
    {
        using var admin = await _silo.AdminAsync();
        using var supervisor = await admin.CreateUserAsync(_silo.CreateClient(), "supervisor", "440100");
        var handle = TestCodes.Handle("bad");

        var bad = await supervisor.PostAsync("/api/discoveries",
            new { platform = "myspace", handle = "", name = " ", url = "ftp://x.cn", regionCode = "999999" });
        var outside = await supervisor.PostAsync("/api/discoveries",
            new { platform = "weibo", handle, name = "深圳发布", regionCode = "440300" });

        var errors = await FieldErrorsAsync(bad);
        Assert.Equal(["handle", "name", "platform", "regionCode", "url"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("管辖范围", (await FieldErrorsAsync(outside))["regionCode"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var missing = await admin.GetJsonAsync("/api/violations?rule=filing-missing&region=440300");
        Assert.DoesNotContain(missing["items"]!.AsArray(), v => v!["accountId"]!.GetValue<string>() == $"weibo:{handle}");
    }

    [Fact]
    public async Task Units_may_not_discover_a_filed_account_is_a_conflict_and_a_second_discovery_is_the_first()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        using var unitUser = await admin.CreateUserAsync(_silo.CreateClient(), "unit", unitCode: unit);
        var filed = TestCodes.Handle("filed");
        await FileAsync(admin, unit, filed, Today);
        var handle = TestCodes.Handle("twice");

        var byUnit = await unitUser.PostAsync("/api/discoveries", Body(handle));
        var ofFiled = await admin.PostAsync("/api/discoveries", Body(filed));
        var first = await DiscoverAsync(admin, handle);
        _clock.Advance(TimeSpan.FromHours(1));
        var again = await admin.PostAsync("/api/discoveries", Body(handle) with { Name = "另一个名字" });

        Assert.Equal(HttpStatusCode.Forbidden, byUnit.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, ofFiled.StatusCode);
        Assert.Contains("已由主办单位备案", await ofFiled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await MediaClient.ReadJsonAsync(again);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        var listed = await admin.GetJsonAsync("/api/violations?rule=filing-missing&status=active&pageSize=200");
        Assert.Single(listed["items"]!.AsArray(), v => v!["accountId"]!.GetValue<string>() == $"douyin:{handle}");
        var ownList = await unitUser.GetJsonAsync("/api/violations?rule=filing-missing");
        Assert.DoesNotContain(ownList["items"]!.AsArray(), v => v!["accountId"]!.GetValue<string>() == $"douyin:{handle}");
    }

    private static DiscoveryBody Body(string handle) =>
        new("douyin", handle, "某街道发布", $"https://www.douyin.com/user/{handle}", "440104", "某街道办事处");

    private static async Task<JsonObject> DiscoverAsync(MediaClient client, string handle)
    {
        var response = await client.PostAsync("/api/discoveries", Body(handle));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<JsonObject> FileAsync(MediaClient client, string unit, string handle, string openedOn)
    {
        var response = await client.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "douyin", handle, openedOn));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<List<string>> FindingsOfFirstRowAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return [.. JsonNode.Parse(text)!["accounts"]![0]!["findings"]!.AsArray().Select(f => f!.GetValue<string>())];
    }

    private static async Task<JsonObject> FieldErrorsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        return JsonNode.Parse(text)!["errors"]!.AsObject();
    }

    private sealed record DiscoveryBody(string Platform, string Handle, string Name, string Url, string RegionCode, string UnitName);

    /// <summary>The silo of these tests, with a clock they move forward (by days: tokens last a week).</summary>
    public sealed class Silo : IAsyncDisposable
    {
        public FakeTimeProvider Clock { get; } = new(SharedSilo.Now);

        public SiloFactory Factory => _factory ??= new SiloFactory { Clock = Clock, Settings = { ["Auth:TokenLifetime"] = "7.00:00:00" } };

        private SiloFactory? _factory;

        public ValueTask DisposeAsync() => _factory?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
