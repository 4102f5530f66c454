using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Websites;
using Media.Domain.Time;
using Media.Silo.Probing;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Websites.Probing;

/// <summary>
/// The probes' results reach the website: a probe round reads a filed website and an availability slot records its
/// checks. These need the website side of the account grain and the page reader (issue 19, other parts of the work).
/// </summary>
public sealed class WebsiteProbeRecordingTests(NetworkUpSilo fixture) : IClassFixture<NetworkUpSilo>
{
    [Fact]
    public async Task A_probe_failing_because_Medias_own_resolver_is_down_is_a_gap_and_no_failure_is_counted()
    {
        var id = await FileWebsiteAsync();
        var runner = fixture.Get<SiteCheckRunner>();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(1, await runner.RunAsync([id], fixture.Clock.GetUtcNow(), TimeSpan.Zero, ct));
        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        fixture.Resolver.Down = true;
        try
        {
            Assert.Equal(1, await runner.RunAsync([id], fixture.Clock.GetUtcNow(), TimeSpan.Zero, ct));
        }
        finally
        {
            fixture.Resolver.Down = false;
        }

        var view = await fixture.Silo.Grains.Ref<IMonitoredWebsite>(id).GetWebsiteAsync();
        var today = Assert.Single(view!.Availability, d => d.Day == BeijingTime.DateOf(fixture.Clock.GetUtcNow()));
        Assert.Equal((0, 1), (today.Failures, today.Gaps));
    }

    [Fact]
    public async Task A_probe_round_reads_a_due_website_and_records_its_home_page()
    {
        var id = await FileWebsiteAsync();
        using var admin = await fixture.Silo.AdminAsync();

        var round = await MediaClient.ReadJsonAsync(await admin.PostAsync("/api/probes/rounds", new { }));

        Assert.True(round["ok"]!.GetValue<int>() >= 1, round.ToJsonString());
        var view = await fixture.Silo.Grains.Ref<IMonitoredWebsite>(id).GetWebsiteAsync();
        Assert.Equal(fixture.Clock.GetUtcNow(), view!.HomeReadAt);
        Assert.Equal("县政府召开第三十次常务会议", view.HomeNewest?.Title);
    }

    private Task<string> FileWebsiteAsync() => WebsiteFiling.FileAsync(fixture);
}
