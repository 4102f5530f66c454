using System.Diagnostics;
using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Monitoring;

/// <summary>The Quartz schedule, not a test, starts the probe round: activity appears by itself.</summary>
public sealed class ScheduledProbeTests : IAsyncLifetime
{
    private readonly LoopbackServer _pages = LoopbackServer.ServingFolder(FixturePages.Folder);
    private readonly SiloFactory _silo = new()
    {
        Settings =
        {
            ["Schedules:Enabled"] = "true",
            ["Schedules:ProbeRound"] = "* * * * * ?",
            ["Probes:AllowPrivateAddresses"] = "true",
            ["Probes:PerHostInterval"] = "00:00:00",
        },
    };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _pages.DisposeAsync();
    }

    [Fact]
    public async Task The_scheduled_probe_round_updates_an_accounts_activity()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var body = MediaClient.OpeningBody(unit, "wechat", "gh_09f57d9c1048", openedOn: "2018-01-01");
        body["url"] = _pages.Url("/wechat-article_detail_mpvoice.html").ToString();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/accounts", body)).StatusCode);

        var watch = Stopwatch.StartNew();
        string? lastPostAt = null;
        // Generous: it returns as soon as the round has run, and a busy CI machine may take a while.
        while (lastPostAt is null && watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            await Task.Delay(500);
            lastPostAt = (await admin.GetJsonAsync("/api/accounts/wechat:gh_09f57d9c1048"))["activity"]!["lastPostAt"]?.GetValue<string>();
        }

        Assert.Equal("2018-03-19T05:30:00+08:00", lastPostAt);
    }
}
