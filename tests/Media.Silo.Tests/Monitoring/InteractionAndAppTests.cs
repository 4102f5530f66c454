using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Monitoring;

/// <summary>
/// The two vetoes that do not come from silence: an account without interaction (from its filing) and an
/// app that cannot be downloaded (from availability checks against a real local HTTP server).
/// </summary>
public sealed class InteractionAndAppTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly LoopbackServer _pages = LoopbackServer.ServingFolder(FixturePages.Folder);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly SiloFactory _silo;
    private MediaClient _admin = null!;
    private string _unit = null!;

    public InteractionAndAppTests() => _silo = ProbingSilo.Create(_clock);

    public async ValueTask InitializeAsync()
    {
        _admin = await _silo.AdminAsync();
        _unit = await _admin.CreateUnitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _silo.DisposeAsync();
        await _pages.DisposeAsync();
    }

    [Fact]
    public async Task An_account_filed_without_interaction_is_flagged_at_once_and_cleared_by_a_change_filing()
    {
        var body = MediaClient.OpeningBody(_unit, "douyin", openedOn: "2026-11-25");
        body["interaction"] = false;
        var id = await FileAsync(body);

        Assert.Single(await ActiveAsync(id, "no-interaction"));

        var change = await _admin.PostAsync($"/api/accounts/{id}/filings",
            new { kind = "change", effectiveOn = "2026-11-26", changes = new { interaction = true } });
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);

        Assert.Empty(await ActiveAsync(id, "no-interaction"));
        var resolved = await _admin.GetJsonAsync("/api/violations?rule=no-interaction&status=resolved");
        Assert.Contains(resolved["items"]!.AsArray(), v => v!["accountId"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task An_app_whose_download_page_fails_for_48_hours_is_flagged_and_cleared_when_it_answers_again()
    {
        var body = MediaClient.OpeningBody(_unit, "app", openedOn: "2026-11-01");
        body["url"] = _pages.Url("/no-such-package.apk").ToString();
        var id = await FileAsync(body);

        // Three failed checks: at once, a day later and 49 hours after the first.
        await RoundAsync();
        Assert.Empty(await ActiveAsync(id, "app-unavailable"));
        _clock.Advance(TimeSpan.FromHours(24));
        await RoundAsync();
        Assert.Empty(await ActiveAsync(id, "app-unavailable"));
        _clock.Advance(TimeSpan.FromHours(25));
        await RoundAsync();

        var open = Assert.Single(await ActiveAsync(id, "app-unavailable"));
        Assert.Contains("3次", open!["evidence"]!.GetValue<string>(), StringComparison.Ordinal);

        var change = await _admin.PostAsync($"/api/accounts/{id}/filings",
            new { kind = "change", effectiveOn = "2026-11-28", changes = new { url = _pages.Url("/gov-wanzai-2022.html").ToString() } });
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        _clock.Advance(TimeSpan.FromHours(7));
        await RoundAsync();

        Assert.Empty(await ActiveAsync(id, "app-unavailable"));
    }

    private async Task RoundAsync()
    {
        var response = await _admin.PostAsync("/api/probes/rounds", new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string> FileAsync(Dictionary<string, object?> body)
    {
        var response = await _admin.PostAsync("/api/accounts", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!["id"]!.GetValue<string>();
    }

    private async Task<List<JsonNode?>> ActiveAsync(string accountId, string rule)
    {
        var account = await _admin.GetJsonAsync($"/api/accounts/{accountId}");
        return [.. account["violations"]!.AsArray().Where(v => v!["rule"]!.GetValue<string>() == rule)];
    }
}
