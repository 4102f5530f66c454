using System.Collections.Concurrent;
using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Lifecycle;

/// <summary>SPEC §6: whatever the API acknowledged is in storage, even when the process is killed.</summary>
public sealed class KillAndRestartTests : IDisposable
{
    private const string Password = "Kill-Restart-Password-1";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _data = new("media-kill");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Every_acknowledged_filing_survives_SIGKILL_and_restart()
    {
        var acknowledged = new ConcurrentBag<string>();
        string unit;
        await using (var silo = await SiloProcess.StartAsync(_data.Path, Password, StartTimeout))
        {
            using var admin = await MediaClient.SignInAsync(silo.CreateClient(), "admin", Password);
            unit = await admin.CreateUnitAsync();

            // Filings keep going in parallel while the process is killed mid-stream.
            using var stop = new CancellationTokenSource();
            var killed = new TaskCompletionSource();
            var handles = Enumerable.Range(0, 200).Select(i => $"kill{i:D3}").ToList();
            var filings = Parallel.ForEachAsync(handles, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (handle, _) =>
            {
                try
                {
                    var response = await admin.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "weibo", handle));
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add("weibo:" + handle);
                        if (acknowledged.Count == 120)
                        {
                            killed.TrySetResult();
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    // The process is gone: this filing was never acknowledged.
                }
                catch (TaskCanceledException)
                {
                    // Likewise.
                }
            });

            await Task.WhenAny(killed.Task, filings);
            await silo.KillAsync();
            await filings;
        }

        Assert.True(acknowledged.Count >= 120, $"only {acknowledged.Count} filings were acknowledged before the kill");

        await using var restarted = await SiloProcess.StartAsync(_data.Path, Password, StartTimeout);
        using var reader = await MediaClient.SignInAsync(restarted.CreateClient(), "admin", Password);
        foreach (var id in acknowledged)
        {
            var response = await reader.Http.GetAsync($"/api/accounts/{id}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{id} was acknowledged but is {response.StatusCode} after restart");
        }

        var listed = await reader.GetJsonAsync($"/api/accounts?region=440104&pageSize=200");
        var ids = listed["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Subset(ids, acknowledged.ToHashSet());
        var unitView = await reader.GetJsonAsync($"/api/units/{unit}");
        Assert.True(unitView["accounts"]!.AsArray().Count >= acknowledged.Count);
    }
}
