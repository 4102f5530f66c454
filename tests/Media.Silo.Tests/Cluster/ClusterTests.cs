using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Media.Silo.Tests.Infrastructure;
using Npgsql;

namespace Media.Silo.Tests.Cluster;

/// <summary>
/// SPEC §4 cluster profile: silo processes on one PostgreSQL database form one system. These tests run beside
/// the others rather than alone: most of their time is spent waiting (for a scheduled minute, for a killed silo
/// to be noticed), and every wait has a deadline generous enough for a busy machine.
/// </summary>
public sealed partial class ClusterTests(PrivatePostgres postgres) : IClassFixture<PrivatePostgres>
{
    [Fact]
    public async Task Three_silos_form_one_cluster_and_each_reads_what_another_filed()
    {
        postgres.RequireAvailable();
        await using var cluster = await ClusterSilos.StartAsync(postgres, 3);
        using var first = await SignInAsync(cluster.Silos[0]);
        var unit = await first.CreateUnitAsync();
        var ids = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add((await first.FileAccountAsync(unit, "weibo", $"cluster{i:D2}"))["id"]!.GetValue<string>());
        }

        // Posts pushed through the second silo are logged in PostgreSQL and read back through the third.
        using (var second = await SignInAsync(cluster.Silos[1]))
        {
            var at = TimeProvider.System.GetUtcNow().AddHours(-2).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            var pushed = await second.PostAsync("/api/posts", new { items = ids.Select(id => new { accountId = id, postId = id + "-p1", publishedAt = at, title = "政务公开" }).ToArray() });
            Assert.Equal(ids.Count, (await MediaClient.ReadJsonAsync(pushed))["accepted"]!.GetValue<int>());
        }

        foreach (var silo in cluster.Silos.Skip(1))
        {
            using var reader = await SignInAsync(silo);
            Assert.Equal(1, (await reader.GetJsonAsync($"/api/accounts/{ids[^1]}"))["activity"]!["posts7d"]!.GetValue<int>());
            foreach (var id in ids)
            {
                Assert.Equal(unit, (await reader.GetJsonAsync($"/api/accounts/{id}"))["unitCode"]!.GetValue<string>());
            }

            var listed = await reader.GetJsonAsync("/api/accounts?region=440104&pageSize=100");
            Assert.Subset(listed["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToHashSet(), ids.ToHashSet());
        }
    }

    [Fact]
    public async Task Every_acknowledged_filing_survives_a_SIGKILL_of_one_silo()
    {
        postgres.RequireAvailable();
        await using var cluster = await ClusterSilos.StartAsync(postgres, 3);
        var clients = new List<MediaClient>();
        foreach (var silo in cluster.Silos)
        {
            clients.Add(await SignInAsync(silo));
        }

        var unit = await clients[0].CreateUnitAsync();
        var acknowledged = new ConcurrentBag<string>();
        var retries = 0;
        var killAt = new TaskCompletionSource();
        var filings = Parallel.ForEachAsync(Enumerable.Range(0, 240), new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (i, _) =>
        {
            var handle = $"stream{i:D3}";
            // A client whose silo is gone tries the next one; a filing whose answer was lost comes back 409.
            for (var attempt = 0; attempt < 60; attempt++)
            {
                var client = clients[(i + attempt) % clients.Count];
                try
                {
                    var response = await client.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "weibo", handle));
                    if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict)
                    {
                        acknowledged.Add("weibo:" + handle);
                        if (acknowledged.Count == 80)
                        {
                            killAt.TrySetResult();
                        }

                        return;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // The silo is gone or a grain on it is not reachable yet: retry elsewhere.
                }

                Interlocked.Increment(ref retries);
                await Task.Delay(500, CancellationToken.None);
            }
        });

        await Task.WhenAny(killAt.Task, filings);
        await cluster.Silos[2].KillAsync();
        await filings;

        Assert.Equal(240, acknowledged.Count);
        Assert.True(retries > 0, "no client met the killed silo");
        foreach (var reader in clients.Take(2))
        {
            foreach (var id in acknowledged)
            {
                var response = await reader.Http.GetAsync($"/api/accounts/{id}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{id} was acknowledged but is {response.StatusCode}");
            }
        }

        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task A_sweep_slot_fired_by_two_silos_runs_once()
    {
        postgres.RequireAvailable();
        // Both silos' Quartz fire every minute at second 0; each firing names the same slot.
        var everyMinute = new Dictionary<string, string>
        {
            ["Schedules__Enabled"] = "true",
            ["Schedules__Sweep"] = "0 * * * * ?",
        };
        await using var cluster = await ClusterSilos.StartAsync(postgres, 2, everyMinute);
        using var admin = await SignInAsync(cluster.Silos[0]);
        var unit = await admin.CreateUnitAsync();
        var silent = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var body = MediaClient.OpeningBody(unit, "weibo", $"silent{i:D2}", ClusterSilos.DaysAgo(30));
            var response = await admin.PostAsync("/api/accounts", body);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            silent.Add("weibo:" + $"silent{i:D2}");

            // Observed once, 29 days ago (no verdict without an observation), and silent since.
            var pushed = await admin.PostAsync($"/api/accounts/weibo:silent{i:D2}/posts",
                new[] { new { postId = "p1", publishedAt = TimeProvider.System.GetUtcNow().AddDays(-29).ToString("O") } });
            Assert.Equal(HttpStatusCode.OK, pushed.StatusCode);
        }

        // Wait for a slot after the filings to find them (at most a minute and a bit).
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(100);
        while (await OpenSilenceCountAsync(admin, silent) < silent.Count && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(1000);
        }

        // The slots that found them (filings that straddle a minute are found by two slots); then wait until each
        // silo's own firing of those slots has ended, so a second run of one would already show in the logs. (A slot
        // from before a silo started is never fired by that silo.)
        while (true)
        {
            var slots = SlotsRun(cluster);
            if (slots.Values.Sum() >= silent.Count
                && slots.Where(p => p.Value > 0).All(p => cluster.Silos.All(s => s.Output.Contains($"Sweep firing for {p.Key} done", StringComparison.Ordinal))))
            {
                break;
            }

            Assert.True(TimeProvider.System.GetUtcNow() < deadline.AddSeconds(60),
                $"the silos never finished the slots that found the accounts ({string.Join(", ", slots)})");
            await Task.Delay(200);
        }

        foreach (var id in silent)
        {
            var violations = (await admin.GetJsonAsync($"/api/accounts/{id}"))["violations"]!.AsArray();
            Assert.Single(violations, v => v!["rule"]!.GetValue<string>() == "no-update-2w");
        }

        await using (var connection = new NpgsqlConnection(cluster.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT COUNT(*), COUNT(DISTINCT Id) FROM MediaAlert WHERE Payload LIKE '%no-update-2w%'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            Assert.Equal(silent.Count, reader.GetInt64(0));
            Assert.Equal(silent.Count, reader.GetInt64(1));
        }

        // Every slot either silo fired ran on exactly one of them, once.
        var ran = cluster.Silos.SelectMany(s => SweepRan().Matches(s.Output).Select(m => m.Groups[1].Value)).ToList();
        Assert.NotEmpty(ran);
        Assert.Equal(ran.Distinct().Count(), ran.Count);
        Assert.Equal(silent.Count, SlotsRun(cluster).Values.Sum());
    }

    /// <summary>Each sweep slot that ran on any silo, with the new violations its first run found.</summary>
    private static Dictionary<string, int> SlotsRun(ClusterSilos cluster) =>
        cluster.Silos.SelectMany(s => SweepRan().Matches(s.Output)).GroupBy(m => m.Groups[1].Value)
            .ToDictionary(g => g.Key, g => int.Parse(g.First().Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<int> OpenSilenceCountAsync(MediaClient admin, List<string> ids)
    {
        var count = 0;
        foreach (var id in ids)
        {
            var violations = (await admin.GetJsonAsync($"/api/accounts/{id}"))["violations"]!.AsArray();
            count += violations.Count(v => v!["rule"]!.GetValue<string>() == "no-update-2w");
        }

        return count;
    }

    private static Task<MediaClient> SignInAsync(SiloProcess silo) =>
        MediaClient.SignInAsync(silo.CreateClient(), "admin", ClusterSilos.Password);

    [GeneratedRegex(@"Sweep (sweep/\S+) ran: \d+ accounts checked, (\d+) new violations")]
    private static partial Regex SweepRan();
}
