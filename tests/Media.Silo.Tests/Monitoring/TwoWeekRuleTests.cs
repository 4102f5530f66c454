using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Monitoring;

/// <summary>
/// The two-week rule through the API, on Media's clock set to Beijing 2026-11-26 10:00. The tests share one silo;
/// each files accounts of its own and asserts only about them, so the accounts other tests left behind (which
/// every sweep also checks) change nothing.
/// </summary>
public sealed class TwoWeekRuleTests(SharedSilo shared) : IClassFixture<SharedSilo>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SharedSilo.Now;
    private static readonly DateTimeOffset FirstPost = new(2026, 11, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly SiloFactory _silo = shared.Silo;
    private MediaClient _admin = null!;
    private string _unit = null!;

    public async ValueTask InitializeAsync()
    {
        _admin = await _silo.AdminAsync();
        _unit = await _admin.CreateUnitAsync();
    }

    public ValueTask DisposeAsync()
    {
        _admin.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Last_post_13_days_23_hours_59_minutes_before_the_check_is_not_flagged()
    {
        var id = await FileWithPostAsync("2026-10-01", FirstPost);

        await SweepAsync(FirstPost + TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));

        Assert.Empty(await ActiveAsync(id, "no-update-2w"));
        Assert.Single(await ActiveAsync(id, "no-update-warning"));
    }

    [Fact]
    public async Task Last_post_exactly_14_days_before_the_check_is_flagged_once()
    {
        var id = await FileWithPostAsync("2026-10-01", FirstPost);

        var sweep = await SweepAsync(FirstPost + TimeSpan.FromDays(14));
        var again = await SweepAsync(FirstPost + TimeSpan.FromDays(14));

        var open = Assert.Single(await ActiveAsync(id, "no-update-2w"));
        Assert.Equal("open", open!["status"]!.GetValue<string>());
        Assert.True(sweep["newViolations"]!.GetValue<int>() >= 1);
        Assert.Equal(0, again["newViolations"]!.GetValue<int>());
        Assert.Empty(await ActiveAsync(id, "no-update-warning"));
    }

    [Fact]
    public async Task An_account_opened_ten_days_ago_without_posts_is_not_flagged()
    {
        var response = await _admin.PostAsync("/api/accounts", MediaClient.OpeningBody(_unit, "toutiao", openedOn: "2026-11-16"));
        var id = (await MediaClient.ReadJsonAsync(response))["id"]!.GetValue<string>();

        await SweepAsync(Now);

        Assert.Empty(await ActiveAsync(id, "no-update-2w"));
        Assert.Empty(await ActiveAsync(id, "no-update-warning"));
    }

    [Fact]
    public async Task A_new_post_ends_the_episode_and_the_next_silence_opens_a_new_one()
    {
        var id = await FileWithPostAsync("2026-10-01", FirstPost);
        await SweepAsync(FirstPost + TimeSpan.FromDays(15));
        var first = Assert.Single(await ActiveAsync(id, "no-update-2w"))!["id"]!.GetValue<string>();

        var secondPost = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));
        await PostAsync(id, "p2", secondPost);
        Assert.Empty(await ActiveAsync(id, "no-update-2w"));

        await SweepAsync(secondPost + TimeSpan.FromDays(14));
        var second = Assert.Single(await ActiveAsync(id, "no-update-2w"))!["id"]!.GetValue<string>();
        var resweep = await SweepAsync(secondPost + TimeSpan.FromDays(14));

        Assert.NotEqual(first, second);
        Assert.Equal(0, resweep["newViolations"]!.GetValue<int>());
        var all = await _admin.GetJsonAsync($"/api/violations?rule=no-update-2w&pageSize=200");
        var mine = all["items"]!.AsArray().Where(v => v!["accountId"]!.GetValue<string>() == id).ToList();
        Assert.Equal(2, mine.Count);
        Assert.Contains(mine, v => v!["status"]!.GetValue<string>() == "resolved");
    }

    [Fact]
    public async Task A_sweep_wakes_only_the_accounts_whose_state_changes()
    {
        var region = "440106";
        var unit = await _admin.CreateUnitAsync(region);
        for (var i = 0; i < 30; i++)
        {
            var id = (await _admin.FileAccountAsync(unit, "other", $"busy{i:D2}{Guid.NewGuid():N}"[..20]))["id"]!.GetValue<string>();
            await PostAsync(id, "p", Now - TimeSpan.FromDays(1));
        }

        var silent = await FileWithPostAsync("2026-10-01", FirstPost, unit);
        var sweep = await SweepAsync(Now);
        var again = await SweepAsync(Now);

        Assert.True(sweep["checked"]!.GetValue<int>() >= 31);
        Assert.True(sweep["activated"]!.GetValue<int>() <= sweep["checked"]!.GetValue<int>() - 30,
            $"the 30 busy accounts must not be woken: {sweep}");
        Assert.Single(await ActiveAsync(silent, "no-update-2w"));
        Assert.Equal(0, again["activated"]!.GetValue<int>());
    }

    private async Task<string> FileWithPostAsync(string openedOn, DateTimeOffset postAt, string? unit = null)
    {
        var response = await _admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit ?? _unit, "weibo", openedOn: openedOn));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await MediaClient.ReadJsonAsync(response))["id"]!.GetValue<string>();
        await PostAsync(id, "p1", postAt);
        return id;
    }

    private async Task PostAsync(string id, string postId, DateTimeOffset at)
    {
        var response = await _admin.PostAsync($"/api/accounts/{id}/posts",
            new[] { new { postId, publishedAt = at.ToString("O"), title = "今日要闻" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonObject> SweepAsync(DateTimeOffset at)
    {
        var response = await _admin.PostAsync("/api/sweeps", new { at = at.ToString("O") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await MediaClient.ReadJsonAsync(response);
    }

    private async Task<List<JsonNode?>> ActiveAsync(string accountId, string rule)
    {
        var account = await _admin.GetJsonAsync($"/api/accounts/{accountId}");
        return [.. account["violations"]!.AsArray().Where(v => v!["rule"]!.GetValue<string>() == rule)];
    }
}
