using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Monitoring;

/// <summary>An app whose store page answers 200 but says the app was withdrawn (下架), checked by real probe rounds.</summary>
public sealed class DelistedAppTests : IAsyncLifetime
{
    private const string DelistedPage = "<html><body><h1>某某政务</h1><p>该应用已下架</p></body></html>";
    private readonly LoopbackServer _store = new(_ => Reply.Html(DelistedPage));
    private readonly FakeTimeProvider _clock = new(SharedSilo.Now);
    private readonly SiloFactory _silo;
    private MediaClient _admin = null!;

    public DelistedAppTests() => _silo = ProbingSilo.Create(_clock);

    public async ValueTask InitializeAsync() => _admin = await _silo.AdminAsync();

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _silo.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task A_delisted_app_is_unavailable_after_three_checks_over_48_hours()
    {
        var body = MediaClient.OpeningBody(await _admin.CreateUnitAsync(), "app", openedOn: "2026-11-01");
        body["url"] = _store.Url("/app/detail").ToString();
        var filed = await _admin.PostAsync("/api/accounts", body);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var id = (await MediaClient.ReadJsonAsync(filed))["id"]!.GetValue<string>();

        await RoundAsync();
        _clock.Advance(TimeSpan.FromHours(24));
        await RoundAsync();
        _clock.Advance(TimeSpan.FromHours(25));
        await RoundAsync();

        var account = await _admin.GetJsonAsync($"/api/accounts/{id}");
        Assert.Contains(account["violations"]!.AsArray(), v => v!["rule"]!.GetValue<string>() == "app-unavailable");
    }

    private async Task RoundAsync() =>
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync("/api/probes/rounds", new JsonObject())).StatusCode);
}
