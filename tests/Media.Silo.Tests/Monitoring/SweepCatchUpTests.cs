using System.Diagnostics;
using System.Net;
using Media.Abstractions.Sweeps;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Monitoring;

/// <summary>A silo that was down when the daily sweep was due runs it when it starts, once.</summary>
public sealed class SweepCatchUpTests : IDisposable
{
    // 10:30 Beijing; the sweep is due daily at 10:00, so the 10:00 slot was missed while the silo was down.
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 30, 0, TimeSpan.FromHours(8));
    private readonly TempDirectory _data = new("media-catchup");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_missed_sweep_slot_runs_at_start_and_not_again_on_the_next_start()
    {
        string id;
        await using (var first = Silo(schedules: false))
        {
            using var admin = await first.AdminAsync();
            var unit = await admin.CreateUnitAsync();
            var response = await admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "weibo", openedOn: "2026-09-01"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            id = (await MediaClient.ReadJsonAsync(response))["id"]!.GetValue<string>();

            // Observed once, long ago: the catch-up sweep has a silence to judge.
            var pushed = await admin.PostAsync($"/api/accounts/{id}/posts",
                new[] { new { postId = "p1", publishedAt = "2026-09-02T10:00:00+08:00" } });
            Assert.Equal(HttpStatusCode.OK, pushed.StatusCode);
        }

        await using (var second = Silo(schedules: true))
        {
            using var admin = await second.AdminAsync();
            var slot = second.Grains.GetGrain<ISweepGrain>("sweep/2026-11-26T10:00");
            var result = await WaitForAsync(slot);
            Assert.Equal(1, result.Counts.NewViolations);
            var account = await admin.GetJsonAsync($"/api/accounts/{id}");
            Assert.Contains(account["violations"]!.AsArray(), v => v!["rule"]!.GetValue<string>() == "no-update-2w");
        }

        await using (var third = Silo(schedules: true))
        {
            using var admin = await third.AdminAsync();
            var again = await WaitForAsync(third.Grains.GetGrain<ISweepGrain>("sweep/2026-11-26T10:00"));
            Assert.Equal(1, again.Counts.NewViolations);
            var all = await admin.GetJsonAsync("/api/violations?rule=no-update-2w");
            Assert.Equal(1, all["total"]!.GetValue<int>());
        }
    }

    private SiloFactory Silo(bool schedules) => new()
    {
        Clock = new FakeTimeProvider(Now),
        Settings =
        {
            ["Media:DataDir"] = _data.Path,
            ["Schedules:Enabled"] = schedules ? "true" : "false",
            ["Schedules:Sweep"] = "0 0 10 * * ?",
            ["Schedules:ProbeRound"] = "0 0 0 1 1 ? 2099",
        },
    };

    private static async Task<SweepResult> WaitForAsync(ISweepGrain slot)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (await slot.GetAsync() is { } result)
            {
                return result;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the missed slot was not caught up");
    }
}
