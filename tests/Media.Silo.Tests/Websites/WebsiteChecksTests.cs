using System.Net;
using Media.Abstractions;
using Media.Abstractions.Websites;
using Media.Silo.Tests.Infrastructure;
using static Media.Silo.Tests.Websites.WebsiteCalls;

namespace Media.Silo.Tests.Websites;

/// <summary>
/// Availability checks (SPEC §3.6 <c>site-unreachable</c>): pushed by an external monitor through the API or recorded by
/// Media's probes, on a silo whose clock stands at Beijing 2026-11-26 10:00.
/// </summary>
public sealed class WebsiteChecksTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private static readonly DateTimeOffset Now = SharedSilo.Now;
    private readonly SiloFactory _silo = shared.Silo;

    [Theory]
    [InlineData(7, true)]
    [InlineData(6, false)]
    public async Task Of_140_checks_over_a_week_seven_failures_are_unreachable_and_six_are_not(int failures, bool unreachable)
    {
        using var admin = await _silo.AdminAsync();
        var id = (await FileAsync(admin, await admin.CreateUnitAsync()))["id"]!.GetValue<string>();

        var pushed = await admin.PostAsync($"/api/websites/{id}/checks", Week(failures));

        Assert.Equal(HttpStatusCode.OK, pushed.StatusCode);
        Assert.Equal(140, (await MediaClient.ReadJsonAsync(pushed))["accepted"]!.GetValue<int>());
        Assert.Equal(unreachable, (await ActiveRulesAsync(admin, id)).Contains("site-unreachable"));
        var days = (await admin.GetJsonAsync($"/api/websites/{id}"))["observations"]!["availability"]!.AsArray();
        Assert.Equal(failures, days.Sum(d => d!["failures"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_same_checks_pushed_again_are_duplicates_and_change_nothing()
    {
        using var admin = await _silo.AdminAsync();
        var id = (await FileAsync(admin, await admin.CreateUnitAsync()))["id"]!.GetValue<string>();
        await admin.PostAsync($"/api/websites/{id}/checks", Week(7));

        var again = await MediaClient.ReadJsonAsync(await admin.PostAsync($"/api/websites/{id}/checks", Week(7)));

        Assert.Equal((0, 140), (again["accepted"]!.GetValue<int>(), again["duplicates"]!.GetValue<int>()));
        Assert.Single(await ActiveRulesAsync(admin, id), "site-unreachable");
    }

    [Fact]
    public async Task Checks_Media_could_not_make_are_gaps_and_never_failures_of_the_site()
    {
        using var admin = await _silo.AdminAsync();
        var id = (await FileAsync(admin, await admin.CreateUnitAsync()))["id"]!.GetValue<string>();
        // 133 good loads and 7 checks Media could not make (its resolver down): counted as failures they would be 5%.
        var checks = Enumerable.Range(0, 140).Select(i => new SiteCheck(Now - TimeSpan.FromMinutes(72 * i), i >= 7, null, "probe", Gap: i < 7));

        var result = await _silo.Grains.Ref<IMonitoredWebsite>(id).RecordSiteChecksAsync([.. checks]);

        Assert.Equal(140, result.Accepted);
        Assert.Empty(await ActiveRulesAsync(admin, id));
        var days = (await admin.GetJsonAsync($"/api/websites/{id}"))["observations"]!["availability"]!.AsArray();
        // The page shows the Beijing days 11-20 to 11-26: the 11 good checks of the 19th are in the rule's window, not in it.
        Assert.Equal((0, 7, 122), (days.Sum(d => d!["failures"]!.GetValue<int>()), days.Sum(d => d!["gaps"]!.GetValue<int>()),
            days.Sum(d => d!["checks"]!.GetValue<int>())));
    }

    [Fact]
    public async Task Gap_checks_alone_are_shown_and_judge_nothing()
    {
        using var admin = await _silo.AdminAsync();
        var id = (await FileAsync(admin, await admin.CreateUnitAsync()))["id"]!.GetValue<string>();

        await _silo.Grains.Ref<IMonitoredWebsite>(id).RecordSiteChecksAsync(
            [new SiteCheck(Now - TimeSpan.FromHours(1), false, null, "probe", Gap: true), new SiteCheck(Now, false, null, "probe", Gap: true)]);

        var read = await admin.GetJsonAsync($"/api/websites/{id}");
        var today = read["observations"]!["availability"]!.AsArray()[^1]!;
        Assert.Equal(("2026-11-26", 0, 0, 2), (today["day"]!.GetValue<string>(), today["checks"]!.GetValue<int>(),
            today["failures"]!.GetValue<int>(), today["gaps"]!.GetValue<int>()));
        Assert.Empty(read["violations"]!.AsArray());
    }

    [Fact]
    public async Task Bad_checks_are_refused_with_field_errors_and_none_is_kept()
    {
        using var admin = await _silo.AdminAsync();
        var id = (await FileAsync(admin, await admin.CreateUnitAsync()))["id"]!.GetValue<string>();
        var body = new object[]
        {
            new { at = Now.ToString("O"), ok = true, ms = 80 },
            new { at = (Now + TimeSpan.FromMinutes(6)).ToString("O"), ok = true },
            new { at = (Now - TimeSpan.FromDays(9)).ToString("O"), ok = false },
            new { at = "2026-11-26 10:00", ok = true, ms = -1 },
            new { at = Now.ToString("O") },
        };

        var refused = await admin.PostAsync($"/api/websites/{id}/checks", body);
        var notFiled = await admin.PostAsync("/api/websites/website:0000000000/checks", Week(0));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await MediaClient.ReadJsonAsync(refused))["errors"]!.AsObject();
        Assert.Equal(["[1].at", "[2].at", "[3].at", "[3].ms", "[4].ok"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, notFiled.StatusCode);
        var days = (await admin.GetJsonAsync($"/api/websites/{id}"))["observations"]!["availability"]!.AsArray();
        Assert.All(days, d => Assert.Equal(0, d!["checks"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("[{\"at\": 5, \"ok\": true}]")]
    [InlineData("[{\"at\": \"2026-11-26T10:00:00+08:00\", \"ok\": \"yes\"}]")]
    [InlineData("[{\"at\": \"2026-11-26T10:00:00+08:00\", \"ok\": true, \"ms\": 1e20}]")]
    [InlineData("[null, 1]")]
    public async Task Malformed_check_bodies_are_refused_with_a_problem(string json)
    {
        using var admin = await _silo.AdminAsync();
        var id = (await FileAsync(admin, await admin.CreateUnitAsync()))["id"]!.GetValue<string>();

        var refused = await admin.Http.PostAsync($"/api/websites/{id}/checks",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    // 140 checks spread over the week before now (one every 72 minutes), the first ones failed.
    private static object[] Week(int failures) =>
        [.. Enumerable.Range(0, 140).Select(i => new { at = (Now - TimeSpan.FromMinutes(72 * i)).ToString("O"), ok = i >= failures, ms = 300 })];
}
