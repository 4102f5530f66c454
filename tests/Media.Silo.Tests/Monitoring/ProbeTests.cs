using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Monitoring;

/// <summary>Probes read saved pages from a real local HTTP server; blindness becomes a gap, never silence.</summary>
public sealed class ProbeTests : IAsyncLifetime
{
    private readonly LoopbackServer _pages = LoopbackServer.ServingFolder(FixturePages.Folder);
    private readonly SiloFactory _silo = new()
    {
        Settings =
        {
            ["Probes:AllowPrivateAddresses"] = "true",
            ["Probes:PerHostInterval"] = "00:00:00",
        },
    };

    private MediaClient _admin = null!;
    private string _unit = null!;

    public async ValueTask InitializeAsync()
    {
        _admin = await _silo.AdminAsync();
        _unit = await _admin.CreateUnitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _silo.DisposeAsync();
        await _pages.DisposeAsync();
    }

    [Fact]
    public async Task A_probe_round_reads_a_history_page_and_a_captcha_page_becomes_a_gap_not_silence()
    {
        var history = await FileAsync("gh_bitsea" + Suffix(), "wechat-bitsea-history.html");
        var captcha = await FileAsync("gh_gaokao" + Suffix(), "wechat-search-gaokao-gzh-error.html");

        var round = await MediaClient.ReadJsonAsync(await _admin.PostAsync("/api/probes/rounds", new { }));
        await _admin.PostAsync("/api/sweeps", new { });

        Assert.True(round["ok"]!.GetValue<int>() >= 1 && round["gaps"]!.GetValue<int>() >= 1, round.ToJsonString());
        var read = await _admin.GetJsonAsync($"/api/accounts/{history}");
        Assert.Equal("2017-07-24T13:04:46+08:00", read["activity"]!["lastPostAt"]!.GetValue<string>());
        Assert.Contains(Rules(read), r => r == "no-update-2w");
        Assert.Contains(Rules(read), r => r == "improper-content");

        var blind = await _admin.GetJsonAsync($"/api/accounts/{captcha}");
        Assert.Equal("blocked", blind["activity"]!["gap"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain(Rules(blind), r => r == "no-update-2w");
        var gaps = (await _admin.GetJsonAsync("/api/monitoring/gaps"))["items"]!.AsArray();
        Assert.Contains(gaps, g => g!["accountId"]!.GetValue<string>() == captcha);
    }

    [Fact]
    public async Task A_second_round_soon_after_probes_nothing_because_nothing_is_due()
    {
        await FileAsync("gh_again" + Suffix(), "wechat-article_detail_mpvoice.html");
        await _admin.PostAsync("/api/probes/rounds", new { });

        var second = await MediaClient.ReadJsonAsync(await _admin.PostAsync("/api/probes/rounds", new { }));

        Assert.Equal(0, second["probed"]!.GetValue<int>());
    }

    private async Task<string> FileAsync(string handle, string page)
    {
        var body = MediaClient.OpeningBody(_unit, "wechat", handle, openedOn: "2017-01-01");
        body["url"] = _pages.Url("/" + page).ToString();
        var response = await _admin.PostAsync("/api/accounts", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await MediaClient.ReadJsonAsync(response))["id"]!.GetValue<string>();
    }

    private static IEnumerable<string> Rules(JsonObject account) =>
        account["violations"]!.AsArray().Select(v => v!["rule"]!.GetValue<string>());

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];
}
