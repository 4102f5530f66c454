using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Probing;
using Media.Domain.Accounts;

namespace Media.Silo.Tests.Websites.Probing;

/// <summary>
/// The slot grain hands a slot's websites out once, from the region indexes' website lines; the probe round finds
/// websites due on their own interval (Rules:Websites:ContentProbeHours, 6 h), whatever the accounts' interval.
/// </summary>
public sealed class SiteCheckSlotTests(NetworkUpSilo fixture) : IClassFixture<NetworkUpSilo>
{
    private static readonly DateTimeOffset Now = WebsiteProbeSilo.Now;

    [Fact]
    public async Task A_slot_hands_out_its_websites_once_and_only_websites_with_a_home_page()
    {
        var region = await RegionWithLinesAsync("440105");
        var slot = fixture.Silo.Grains.Ref<ISiteCheckRoundGrain>("site-check/test-" + region);

        var first = await slot.ClaimAsync(Now);
        var second = await slot.ClaimAsync(Now);

        Assert.Contains("website:3644010501", first);
        Assert.DoesNotContain("website:3644010502", first);
        Assert.DoesNotContain("weibo:" + region, first);
        Assert.DoesNotContain("website:3644010503", first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Websites_are_due_for_content_on_their_own_interval()
    {
        var region = await RegionWithLinesAsync("440106");
        var index = fixture.Silo.Grains.Ref<IRegionIndexGrain>(region);

        // Accounts every hour: the account probed 5 hours ago is due, the website probed then is not (6 hours)...
        var soon = await index.DueForProbeAsync(Now, TimeSpan.FromHours(1), 100);
        Assert.Contains("weibo:" + region, soon);
        Assert.DoesNotContain("website:3644010601", soon);

        // ...and an hour later it is, however long the accounts' interval.
        var later = await index.DueForProbeAsync(Now.AddHours(1), TimeSpan.FromDays(1), 100);
        Assert.Contains("website:3644010601", later);
        Assert.DoesNotContain("weibo:" + region, later);
    }

    // A region of its own per test: a website with a home page, one without, a closed one, and an account, each probed
    // five hours before Now. The lines are what account grains write; writing them here keeps the test on the index.
    private async Task<string> RegionWithLinesAsync(string region)
    {
        var index = fixture.Silo.Grains.Ref<IRegionIndexGrain>(region);
        IndexEntry Line(string id, string platform, bool source, AccountStatus status = AccountStatus.Active) =>
            new(id, "11" + region + "MB12345X", platform, id, status, new DateOnly(2020, 1, 1), 0, region,
                LastProbedAt: Now.AddHours(-5), HasProbeSource: source);

        await index.UpsertAsync(Line($"website:36{region}01", Platforms.Website, true));
        await index.UpsertAsync(Line($"website:36{region}02", Platforms.Website, false));
        await index.UpsertAsync(Line($"website:36{region}03", Platforms.Website, true, AccountStatus.Closed));
        await index.UpsertAsync(Line("weibo:" + region, "weibo", true));
        return region;
    }
}
