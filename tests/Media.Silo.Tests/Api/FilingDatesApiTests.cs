using System.Net;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Api;

/// <summary>
/// Filing dates against today (Beijing 2026-11-26 on the silo's clock) and the rules' effective date, which this silo
/// sets to that same day: every account opened before it is legacy.
/// </summary>
public sealed class FilingDatesApiTests(FilingDatesApiTests.Silo fixture) : IClassFixture<FilingDatesApiTests.Silo>
{
    private readonly SiloFactory _silo = fixture.Factory;

    [Fact]
    public async Task An_opening_dated_tomorrow_is_refused_and_nothing_is_filed()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var body = MediaClient.OpeningBody(unit, "weibo", openedOn: "2026-11-27");

        var response = await admin.PostAsync("/api/accounts", body);

        await AssertFieldErrorAsync(response, "openedOn", "2026-11-27");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/api/accounts/weibo:{body["handle"]}")).StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_import_row_opened_tomorrow_is_refused_and_no_row_is_filed(bool dryRun)
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var today = MediaClient.OpeningBody(unit, "weibo", openedOn: "2026-11-26");
        var tomorrow = MediaClient.OpeningBody(unit, "douyin", openedOn: "2026-11-27");

        var response = await admin.PostAsync("/api/imports/accounts", new { rows = new[] { today, tomorrow }, dryRun });

        await AssertFieldErrorAsync(response, "rows[1].openedOn", "2026-11-27");
        foreach (var row in new[] { today, tomorrow })
        {
            var id = $"{row["platform"]}:{row["handle"]}";
            Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/api/accounts/{id}")).StatusCode);
        }
    }

    [Fact]
    public async Task An_account_opened_in_2018_before_the_effective_date_is_neither_late_nor_unapproved()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();

        var response = await admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "douyin", openedOn: "2018-06-01"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var account = await MediaClient.ReadJsonAsync(response);
        var rules = account["findings"]!.AsArray().Select(f => f!["rule"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain("filing-late", rules);
        Assert.DoesNotContain("approval-missing", rules);
        Assert.False(account["filing"]!["late"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_account_opened_on_the_effective_date_still_needs_its_approval()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();

        var account = await MediaClient.ReadJsonAsync(
            await admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "kuaishou", openedOn: "2026-11-26")));

        Assert.Contains(account["findings"]!.AsArray(), f => f!["rule"]!.GetValue<string>() == "approval-missing");
    }

    [Fact]
    public async Task A_closure_dated_tomorrow_or_before_the_opening_is_refused_and_the_account_stays_active()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var id = (await admin.FileAccountAsync(unit, "toutiao"))["id"]!.GetValue<string>();

        var future = await admin.PostAsync($"/api/accounts/{id}/filings", new { kind = "close", effectiveOn = "2026-11-27" });
        var beforeOpening = await admin.PostAsync($"/api/accounts/{id}/filings", new { kind = "cancel", effectiveOn = "2026-11-19" });

        await AssertFieldErrorAsync(future, "effectiveOn", "2026-11-27");
        await AssertFieldErrorAsync(beforeOpening, "effectiveOn", "2026-11-20");
        var record = await admin.GetJsonAsync($"/api/accounts/{id}");
        Assert.Equal("active", record["status"]!.GetValue<string>());
        Assert.Single(record["filings"]!.AsArray());
    }

    [Fact]
    public async Task A_closure_effective_today_stops_the_account_today()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var id = (await admin.FileAccountAsync(unit, "bilibili"))["id"]!.GetValue<string>();

        var close = await admin.PostAsync($"/api/accounts/{id}/filings", new { kind = "close", effectiveOn = "2026-11-26" });

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal("closed", (await admin.GetJsonAsync($"/api/accounts/{id}"))["status"]!.GetValue<string>());
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field, string mentioned)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        var message = (await MediaClient.ReadJsonAsync(response))["errors"]![field]![0]!.GetValue<string>();
        Assert.Contains(mentioned, message, StringComparison.Ordinal);
    }

    /// <summary>The silo of these tests: Media's clock at <see cref="SharedSilo.Now"/>, the rules effective that day.</summary>
    public sealed class Silo : IAsyncDisposable
    {
        public SiloFactory Factory { get; } = new()
        {
            Clock = new FakeTimeProvider(SharedSilo.Now),
            Settings = { ["Rules:Filing:EffectiveFrom"] = "2026-11-26" },
        };

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }
}
