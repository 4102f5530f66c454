using Media.Domain.Accounts;
using Media.Domain.Sampling;

namespace Media.Domain.Tests.Sampling;

/// <summary>Websites in the quarter's sample (SPEC §3.6): their own stratum, sized at no less than the ratio of the websites.</summary>
public sealed class WebsiteSamplingTests
{
    private static List<SampleCandidate> Population(int accounts, int websites)
    {
        string[] platforms = ["weibo", "wechat", "douyin"];
        string[] subRegions = ["440104", "440105", "440106"];
        return
        [
            .. Enumerable.Range(0, accounts).Select(i => new SampleCandidate($"{platforms[i % 3]}:a{i:D3}", platforms[i % 3], subRegions[i % 3])),
            .. Enumerable.Range(0, websites).Select(i => new SampleCandidate($"website:44010{i:D5}", Platforms.Website, subRegions[i % 3])),
        ];
    }

    [Fact]
    public void A_quarter_over_20_accounts_and_10_websites_draws_at_least_3_websites_in_a_stratum_named_政府网站()
    {
        var population = Population(20, 10);
        var draw = SamplingPlan.Draw(population, 0.30m, "2026Q4-440100");

        var websites = draw.Accounts.Count(a => a.StartsWith("website:", StringComparison.Ordinal));
        Assert.True(websites >= 3, $"{websites} websites drawn");
        var stratum = Assert.Single(draw.Strata, s => s.Platform == Platforms.Website);
        Assert.Equal((10, websites), (stratum.Population, stratum.Sampled));
        Assert.Equal("政府网站", Platforms.DisplayName(stratum.Platform));
        Assert.True(draw.Accounts.Count - websites >= 6, "the accounts keep their own 30%");
        Assert.Equal(draw.Size, draw.Accounts.Count);
    }

    [Fact]
    public void Websites_are_never_drawn_below_the_ratio_of_their_own_number_whatever_the_accounts_rounding()
    {
        for (var accounts = 0; accounts <= 60; accounts += 7)
        {
            for (var websites = 1; websites <= 25; websites++)
            {
                foreach (var ratio in new[] { 0.30m, 0.333m, 0.5m })
                {
                    var draw = SamplingPlan.Draw(Population(accounts, websites), ratio, $"seed-{accounts}-{websites}");
                    var drawn = draw.Accounts.Count(a => a.StartsWith("website:", StringComparison.Ordinal));
                    Assert.True(drawn == (int)Math.Ceiling(ratio * websites), $"{accounts} accounts, {websites} websites at {ratio}: {drawn}");
                    Assert.True(draw.Accounts.Count - drawn >= Math.Ceiling(ratio * accounts), $"{accounts} accounts, {websites} websites at {ratio}");
                }
            }
        }
    }

    [Fact]
    public void Without_websites_the_draw_is_the_accounts_draw_as_before()
    {
        var draw = SamplingPlan.Draw(Population(20, 0), 0.30m, "seed");
        Assert.Equal(6, draw.Size);
        Assert.DoesNotContain(draw.Strata, s => s.Platform == Platforms.Website);
    }
}
