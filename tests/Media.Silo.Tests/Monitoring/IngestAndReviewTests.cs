using System.Net;
using System.Text.Json.Nodes;
using Media.Abstractions.Sweeps;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Monitoring;

/// <summary>Post ingest, activity statistics, content review and slot-keyed sweeps (one silo for the class; each test has its own accounts).</summary>
public sealed class IngestAndReviewTests(SharedSilo shared) : IClassFixture<SharedSilo>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = SharedSilo.Now;
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
    public async Task Posts_are_idempotent_by_post_id_and_feed_the_activity_statistics()
    {
        var id = (await _admin.FileAccountAsync(_unit))["id"]!.GetValue<string>();
        var posts = new[]
        {
            Post("a", Now - TimeSpan.FromDays(1)), Post("b", Now - TimeSpan.FromDays(3), repost: true),
            Post("c", Now - TimeSpan.FromDays(20)), Post("a", Now - TimeSpan.FromDays(1)),
        };

        var first = await MediaClient.ReadJsonAsync(await _admin.PostAsync($"/api/accounts/{id}/posts", posts));
        var second = await MediaClient.ReadJsonAsync(await _admin.PostAsync($"/api/accounts/{id}/posts", posts));

        Assert.Equal((3, 1), (first["accepted"]!.GetValue<int>(), first["duplicates"]!.GetValue<int>()));
        Assert.Equal((0, 4), (second["accepted"]!.GetValue<int>(), second["duplicates"]!.GetValue<int>()));
        var activity = (await _admin.GetJsonAsync($"/api/accounts/{id}"))["activity"]!;
        Assert.Equal(2, activity["posts7d"]!.GetValue<int>());
        Assert.Equal(3, activity["posts30d"]!.GetValue<int>());
        Assert.Equal(1, activity["reposts30d"]!.GetValue<int>());
        Assert.Equal("2026-11-25T10:00:00+08:00", activity["lastPostAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bulk_ingest_spans_accounts_and_refuses_the_whole_batch_for_one_unknown_account()
    {
        var a = (await _admin.FileAccountAsync(_unit, "douyin"))["id"]!.GetValue<string>();
        var b = (await _admin.FileAccountAsync(_unit, "kuaishou"))["id"]!.GetValue<string>();

        var bad = await _admin.PostAsync("/api/posts", new { items = new object[] { Item(a, "x1"), Item("weibo:nobody", "x2") } });
        var good = await _admin.PostAsync("/api/posts", new { items = new object[] { Item(a, "x1"), Item(b, "x2"), Item(b, "x3") } });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("items[1].accountId", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, (await MediaClient.ReadJsonAsync(good))["accepted"]!.GetValue<int>());
        Assert.Equal(1, (await _admin.GetJsonAsync($"/api/accounts/{a}"))["activity"]!["posts7d"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_lexicon_hit_is_suspected_until_a_supervisor_confirms_or_dismisses_it()
    {
        var id = (await _admin.FileAccountAsync(_unit, "wechat"))["id"]!.GetValue<string>();
        await _admin.PostAsync($"/api/accounts/{id}/posts", new[]
        {
            Post("ad", Now - TimeSpan.FromHours(2), title: "【广告】让手机清凉一哈"),
            Post("ask", Now - TimeSpan.FromHours(1), title: "请各单位务必转发并截图上报"),
        });

        var suspected = (await _admin.GetJsonAsync("/api/violations?status=suspected&pageSize=200"))["items"]!.AsArray()
            .Where(v => v!["accountId"]!.GetValue<string>() == id).ToList();
        Assert.Equal(2, suspected.Count);
        var ad = suspected.Single(v => v!["rule"]!.GetValue<string>() == "improper-content")!["id"]!.GetValue<string>();
        var ask = suspected.Single(v => v!["rule"]!.GetValue<string>() == "forced-engagement")!["id"]!.GetValue<string>();

        var confirmed = await _admin.PostAsync($"/api/violations/{ad}/confirm", new { });
        var dismissed = await _admin.PostAsync($"/api/violations/{ask}/dismiss", new { reason = "系统通知，非强制转发" });
        var twice = await _admin.PostAsync($"/api/violations/{ask}/dismiss", new { reason = "再次排除" });

        Assert.Equal("open", (await MediaClient.ReadJsonAsync(confirmed))["status"]!.GetValue<string>());
        Assert.Equal("dismissed", (await MediaClient.ReadJsonAsync(dismissed))["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var active = (await _admin.GetJsonAsync($"/api/accounts/{id}"))["violations"]!.AsArray();
        Assert.Equal(ad, Assert.Single(active)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_slot_swept_twice_at_once_does_the_work_once()
    {
        var filed = await _admin.PostAsync("/api/accounts", MediaClient.OpeningBody(_unit, "bilibili", openedOn: "2026-10-01"));
        var id = (await MediaClient.ReadJsonAsync(filed))["id"]!.GetValue<string>();
        await _admin.PostAsync($"/api/accounts/{id}/posts", new[] { Post("old", Now - TimeSpan.FromDays(20)) });
        var slot = "sweep/test-" + Guid.NewGuid().ToString("N");

        // As two silos' schedulers would: the same slot, the same instant, at the same time.
        var results = await Task.WhenAll(
            _silo.Grains.GetGrain<ISweepGrain>(slot).RunAsync(Now),
            _silo.Grains.GetGrain<ISweepGrain>(slot).RunAsync(Now));

        Assert.Equal(results[0], results[1]);
        var episodes = (await _admin.GetJsonAsync("/api/violations?rule=no-update-2w&pageSize=200"))["items"]!.AsArray()
            .Count(v => v!["accountId"]!.GetValue<string>() == id);
        Assert.Equal(1, episodes);
    }

    [Fact]
    public async Task The_account_list_keeps_accounts_with_an_active_violation_of_the_rule_asked_for()
    {
        var unit = await _admin.CreateUnitAsync("440111");
        var silent = (await MediaClient.ReadJsonAsync(await _admin.PostAsync("/api/accounts",
            MediaClient.OpeningBody(unit, "weibo", openedOn: "2026-10-01"))))["id"]!.GetValue<string>();
        var lively = (await MediaClient.ReadJsonAsync(await _admin.PostAsync("/api/accounts",
            MediaClient.OpeningBody(unit, "douyin", openedOn: "2026-10-01"))))["id"]!.GetValue<string>();
        await _admin.PostAsync($"/api/accounts/{silent}/posts", new[] { Post("opening", Now - TimeSpan.FromDays(50)) });
        await _admin.PostAsync($"/api/accounts/{lively}/posts", new[] { Post("fresh", Now - TimeSpan.FromDays(1)) });
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostAsync("/api/sweeps", new { at = Now.ToString("O") })).StatusCode);

        var listed = (await _admin.GetJsonAsync($"/api/accounts?region=440111&rule=no-update-2w"))["items"]!.AsArray()
            .Select(a => a!["id"]!.GetValue<string>()).ToList();
        var all = (await _admin.GetJsonAsync("/api/accounts?region=440111"))["items"]!.AsArray().Count;

        Assert.Equal([silent], listed);
        Assert.Equal(2, all);
        var bad = await _admin.Http.GetAsync("/api/accounts?rule=no-such-rule");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("rule", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_with_bad_fields_are_refused_with_field_messages_and_change_nothing()
    {
        var id = (await _admin.FileAccountAsync(_unit, "toutiao"))["id"]!.GetValue<string>();

        var response = await _admin.PostAsync($"/api/accounts/{id}/posts", new object[]
        {
            Post("ok", Now - TimeSpan.FromHours(1)),
            new { postId = "future", publishedAt = (Now + TimeSpan.FromDays(2)).ToString("O") },
            new { postId = "local", publishedAt = "2026-11-25T09:00:00" },
            new { postId = "", publishedAt = Now.ToString("O"), likes = -1 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await MediaClient.ReadJsonAsync(response))["errors"]!.AsObject();
        Assert.Contains("[1].publishedAt", errors.Select(e => e.Key));
        Assert.Contains("[2].publishedAt", errors.Select(e => e.Key));
        Assert.Contains("[3].postId", errors.Select(e => e.Key));
        Assert.Contains("[3].likes", errors.Select(e => e.Key));
        Assert.Null((await _admin.GetJsonAsync($"/api/accounts/{id}"))["activity"]!["lastPostAt"]);
    }

    private static object Post(string postId, DateTimeOffset at, bool repost = false, string title = "政务动态") =>
        new { postId, publishedAt = at.ToString("O"), title, repost };

    private static object Item(string accountId, string postId) =>
        new { accountId, postId, publishedAt = (Now - TimeSpan.FromHours(3)).ToString("O"), title = "通知" };
}
