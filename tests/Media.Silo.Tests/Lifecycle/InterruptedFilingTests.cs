using System.Collections.Concurrent;
using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Lifecycle;

/// <summary>
/// A filing killed between its state write and its index line or audit row is finished at the next start: every
/// account in storage is listed, swept and audited, whether or not its filing was acknowledged.
/// </summary>
public sealed class InterruptedFilingTests : IDisposable
{
    private const string Password = "Interrupted-Filing-Password-1";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _data = new("media-interrupted");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Every_stored_account_is_listed_swept_and_audited_after_SIGKILL_during_32_parallel_filings()
    {
        var acknowledged = new ConcurrentBag<string>();
        await using (var silo = await SiloProcess.StartAsync(_data.Path, Password, StartTimeout))
        {
            using var admin = await MediaClient.SignInAsync(silo.CreateClient(), "admin", Password);
            // Several units, so the filings in flight are not all queued at one unit grain but spread over the writes.
            var units = new List<string>();
            for (var u = 0; u < 8; u++)
            {
                units.Add(await admin.CreateUnitAsync());
            }

            var killed = new TaskCompletionSource();
            var handles = Enumerable.Range(0, 600).Select(i => (Unit: units[i % units.Count], Handle: $"half{i:D3}")).ToList();
            var filings = Parallel.ForEachAsync(handles, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (filing, _) =>
            {
                var (unit, handle) = filing;
                try
                {
                    var response = await admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "weibo", handle));
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add("weibo:" + handle);
                        if (acknowledged.Count >= 80)
                        {
                            killed.TrySetResult();
                        }
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // The process is gone: this filing was never acknowledged.
                }
            });

            await Task.WhenAny(killed.Task, filings);
            await silo.KillAsync();
            await filings;
        }

        var stored = await StoredAccounts.IdsAsync(_data.Path);
        Assert.Subset(stored, acknowledged.ToHashSet());
        var unacknowledged = stored.Except(acknowledged).Count();

        await using var restarted = await SiloProcess.StartAsync(_data.Path, Password, StartTimeout);
        using var reader = await MediaClient.SignInAsync(restarted.CreateClient(), "admin", Password);
        var listed = await ListedAsync(reader);
        var notListed = stored.Except(listed).ToList();
        Assert.True(notListed.Count == 0,
            $"{notListed.Count} of {stored.Count} stored accounts ({unacknowledged} unacknowledged) are not listed: {string.Join(", ", notListed.Take(5))}");

        var sweep = await reader.PostAsync("/api/sweeps", new { });
        Assert.Equal(HttpStatusCode.OK, sweep.StatusCode);
        Assert.Equal(stored.Count, (await MediaClient.ReadJsonAsync(sweep))["checked"]!.GetValue<int>());

        foreach (var id in stored)
        {
            var audit = await reader.GetJsonAsync($"/api/accounts/{id}/audit");
            var opens = audit["items"]!.AsArray().Count(e => e!["action"]!.GetValue<string>() == "account.open");
            Assert.True(opens == 1, $"{id} has {opens} account.open audit rows after the restart, not 1");
        }
    }

    private static async Task<HashSet<string>> ListedAsync(MediaClient reader)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var listed = await reader.GetJsonAsync($"/api/accounts?region=440104&pageSize=200&page={page}");
            var items = listed["items"]!.AsArray();
            ids.UnionWith(items.Select(i => i!["id"]!.GetValue<string>()));
            if (items.Count < 200)
            {
                return ids;
            }
        }
    }
}
