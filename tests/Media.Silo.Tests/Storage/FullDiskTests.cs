using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Storage;

/// <summary>
/// The data directory's disk fills up: filings are refused with 507 and leave no trace, /healthz says so, and once
/// space is back the same request files the account, which survives a restart exactly once.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly SmallDisk _disk = new(megabytes: 32);

    [Fact]
    public async Task A_filing_on_a_full_disk_answers_507_leaves_nothing_and_files_once_space_is_back()
    {
        _disk.RequireAvailable();
        var settings = new Dictionary<string, string> { ["Media:DataDir"] = _disk.Path };
        string unit;
        string handle;
        await using (var silo = new SiloFactory { Settings = settings })
        {
            using var admin = await silo.AdminAsync();
            unit = await admin.CreateUnitAsync();
            await admin.FileAccountAsync(unit);
            _disk.Fill();

            // The write-ahead log may still have room for a few writes; the disk is full once a filing is refused.
            HttpResponseMessage? refused = null;
            Dictionary<string, object?> body = null!;
            for (var i = 0; i < 500 && refused is null; i++)
            {
                body = MediaClient.OpeningBody(unit, openedOn: "2026-11-20");
                var response = await admin.PostAsync("/api/accounts", body);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    refused = response;
                }
            }

            Assert.NotNull(refused);
            var text = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.InsufficientStorage, $"{(int)refused.StatusCode}: {text}");
            Assert.Contains("存储空间", text, StringComparison.Ordinal);
            Assert.NotNull(refused.Headers.RetryAfter);
            handle = (string)body["handle"]!;
            var id = $"weibo:{handle}";
            Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/api/accounts/{Uri.EscapeDataString(id)}")).StatusCode);
            var health = await silo.CreateClient().GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("degraded", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            _disk.Free();
            var again = await admin.PostAsync("/api/accounts", body);
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await silo.CreateClient().GetAsync("/healthz")).StatusCode);
        }

        await using var restarted = new SiloFactory { Settings = settings };
        using var after = await restarted.AdminAsync();
        var listed = await after.GetJsonAsync($"/api/accounts?unitCode={unit}&pageSize=100");
        Assert.Single(listed["items"]!.AsArray(), a => a!["id"]!.GetValue<string>() == "weibo:" + handle);
        Assert.Equal(HttpStatusCode.OK, (await after.Http.GetAsync($"/api/accounts/{Uri.EscapeDataString("weibo:" + handle)}")).StatusCode);
    }

    public void Dispose() => _disk.Dispose();
}
