using System.Net;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Monitoring;

/// <summary>
/// A supervisor's manual sweep covers its own jurisdiction only and is rate-limited; an admin's covers everything.
/// Each account is observed (a post 20 days old), so the sweep has a silence to judge.
/// </summary>
public sealed class SweepScopeTests : IAsyncLifetime
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
    public async Task A_city_supervisors_sweep_counts_and_opens_only_inside_its_city_and_an_admins_covers_all()
    {
        var guangzhou = await SilentAccountsAsync("440104", 3);
        var shenzhen = await SilentAccountsAsync("440304", 2);
        var supervisor = await _admin.CreateUserAsync(_silo.CreateClient(), "supervisor", "440100");

        var city = await MediaClient.ReadJsonAsync(await supervisor.PostAsync("/api/sweeps", new { }));

        Assert.Equal(3, city["checked"]!.GetValue<int>());
        Assert.Equal(3, city["newViolations"]!.GetValue<int>());
        Assert.Equal("440100", city["region"]!.GetValue<string>());
        Assert.Equal(guangzhou.Order(), (await VetoedAsync()).Order());

        var all = await MediaClient.ReadJsonAsync(await _admin.PostAsync("/api/sweeps", new { }));
        Assert.Equal(5, all["checked"]!.GetValue<int>());
        Assert.Equal(guangzhou.Concat(shenzhen).Order(), (await VetoedAsync()).Order());
    }

    [Fact]
    public async Task A_supervisor_may_not_sweep_outside_its_city_nor_more_than_the_limit()
    {
        var supervisor = await _admin.CreateUserAsync(_silo.CreateClient(), "supervisor", "440100");

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsync("/api/sweeps", new { region = "440300" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.PostAsync("/api/sweeps", new { region = "44" })).StatusCode);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync("/api/sweeps", new { region = "440104" })).StatusCode);
        }

        var refused = await supervisor.PostAsync("/api/sweeps", new { });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("手动巡检过于频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync("/api/sweeps", new { })).StatusCode);
    }

    private async Task<List<string>> SilentAccountsAsync(string region, int count)
    {
        var unit = await _admin.CreateUnitAsync(region);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var response = await _admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, openedOn: "2026-09-01"));
            var id = (await MediaClient.ReadJsonAsync(response))["id"]!.GetValue<string>();
            var post = await _admin.PostAsync($"/api/accounts/{Uri.EscapeDataString(id)}/posts",
                new[] { new { postId = "p1", publishedAt = Now.AddDays(-20).ToString("O"), title = "旧帖" } });
            Assert.True(post.IsSuccessStatusCode, await post.Content.ReadAsStringAsync());
            ids.Add(id);
        }

        return ids;
    }

    private async Task<List<string>> VetoedAsync()
    {
        var list = await _admin.GetJsonAsync("/api/violations?rule=no-update-2w&pageSize=100");
        return [.. list["items"]!.AsArray().Select(v => v!["accountId"]!.GetValue<string>())];
    }
}
