using Media.Domain.Sampling;

namespace Media.Domain.Tests.Sampling;

/// <summary>
/// The sample over many random populations (1–500 accounts, 1–6 platforms, 1–10 sub-regions), each
/// generated from a fixed case number so a failure names the case that reproduces it.
/// </summary>
public sealed class SamplingPlanPropertyTests
{
    private static readonly string[] PlatformIds = ["weibo", "wechat", "douyin", "toutiao", "kuaishou", "app"];
    private const int Cases = 400;

    public static TheoryData<decimal> Ratios => [0.30m, 0.31m, 0.5m, 0.333m, 1m];

    [Theory]
    [MemberData(nameof(Ratios))]
    public void Size_is_exactly_ceil_of_ratio_times_population_never_below_30_percent_without_duplicates(decimal ratio)
    {
        for (var c = 0; c < Cases; c++)
        {
            var population = Population(c);
            var draw = SamplingPlan.Draw(population, ratio, $"seed-{c}");

            var expected = (int)Math.Ceiling(ratio * population.Count);
            Assert.True(expected == draw.Accounts.Count, $"case {c}: {draw.Accounts.Count} drawn, {expected} expected");
            Assert.True(draw.Accounts.Count >= 0.3m * population.Count, $"case {c}");
            Assert.Equal(draw.Accounts.Count, draw.Accounts.Distinct().Count());
            Assert.Subset(population.Select(p => p.AccountId).ToHashSet(), draw.Accounts.ToHashSet());
            Assert.Equal(draw.Accounts.Count, draw.Strata.Sum(s => s.Sampled));
        }
    }

    [Fact]
    public void Every_platform_is_present_when_the_sample_is_at_least_as_large_as_the_number_of_platforms()
    {
        for (var c = 0; c < Cases; c++)
        {
            var population = Population(c);
            var draw = SamplingPlan.Draw(population, 0.3m, $"seed-{c}");
            var platforms = population.Select(p => p.Platform).Distinct().ToList();
            if (draw.Size < platforms.Count)
            {
                continue;
            }

            var sampled = draw.Accounts.Select(a => population.First(p => p.AccountId == a).Platform).ToHashSet();
            Assert.True(platforms.All(sampled.Contains), $"case {c}: platforms {string.Join(",", platforms)}, sampled {string.Join(",", sampled)}");
        }
    }

    [Fact]
    public void Every_sub_region_is_present_when_the_sample_is_at_least_as_large_as_the_number_of_sub_regions()
    {
        var checkedCases = 0;
        for (var c = 0; c < Cases; c++)
        {
            var population = Population(c);
            var draw = SamplingPlan.Draw(population, 0.3m, $"seed-{c}");
            var regions = population.Select(p => p.SubRegion).Distinct().ToList();
            if (draw.Size < regions.Count + population.Select(p => p.Platform).Distinct().Count())
            {
                continue;
            }

            checkedCases++;
            var sampled = draw.Accounts.Select(a => population.First(p => p.AccountId == a).SubRegion).ToHashSet();
            Assert.True(regions.All(sampled.Contains), $"case {c}: regions {string.Join(",", regions)}, sampled {string.Join(",", sampled)}");
        }

        Assert.True(checkedCases > Cases / 3, $"only {checkedCases} cases were large enough to check");
    }

    [Fact]
    public void The_same_population_and_seed_give_the_same_sample_whatever_order_the_population_comes_in()
    {
        for (var c = 0; c < Cases; c++)
        {
            var population = Population(c);
            var shuffled = population.OrderBy(p => p.AccountId.GetHashCode(StringComparison.Ordinal)).ToList();

            Assert.Equal(SamplingPlan.Draw(population, 0.3m, "2026Q4-440100-x").Accounts,
                SamplingPlan.Draw(shuffled, 0.3m, "2026Q4-440100-x").Accounts);
        }
    }

    [Fact]
    public void Different_seeds_give_different_samples_in_almost_all_cases()
    {
        var compared = 0;
        var same = 0;
        for (var c = 0; c < Cases; c++)
        {
            var population = Population(c);
            if (population.Count < 20)
            {
                continue;
            }

            compared++;
            var a = SamplingPlan.Draw(population, 0.3m, "seed-a").Accounts.Order(StringComparer.Ordinal);
            var b = SamplingPlan.Draw(population, 0.3m, "seed-b").Accounts.Order(StringComparer.Ordinal);
            same += a.SequenceEqual(b) ? 1 : 0;
        }

        Assert.True(compared > Cases / 2);
        Assert.True(same <= compared / 100, $"{same} of {compared} samples were the same under different seeds");
    }

    [Fact]
    public void Platform_quotas_follow_the_largest_remainder_method()
    {
        // 10 of 37: weibo 20 → 5.41, wechat 12 → 3.24, app 5 → 1.35; floors 5+3+1 = 9, the largest remainder (0.41) gets the tenth.
        Assert.Equal([6, 3, 1], SamplingPlan.Quotas([20, 12, 5], 10));

        // 3 of 100 over three platforms: 98 → 2.94 and 1 → 0.03 each; every platform still gets one.
        Assert.Equal([1, 1, 1], SamplingPlan.Quotas([98, 1, 1], 3));
    }

    [Fact]
    public void An_empty_population_gives_an_empty_sample() =>
        Assert.Empty(SamplingPlan.Draw([], 0.3m, "seed").Accounts);

    private static List<SampleCandidate> Population(int caseNumber)
    {
        var random = new Random(caseNumber);
        var size = 1 + random.Next(500);
        var platforms = PlatformIds.Take(1 + random.Next(6)).ToArray();
        var regions = Enumerable.Range(0, 1 + random.Next(10)).Select(r => $"4401{r + 3:D2}").ToArray();
        return [.. Enumerable.Range(0, size).Select(i => new SampleCandidate(
            $"{platforms[random.Next(platforms.Length)]}:acct{caseNumber}-{i}",
            platforms[random.Next(platforms.Length)],
            regions[random.Next(regions.Length)]))];
    }
}
