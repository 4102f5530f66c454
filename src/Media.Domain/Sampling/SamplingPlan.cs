using Media.Domain.Accounts;

namespace Media.Domain.Sampling;

/// <summary>
/// The quarterly sample (SPEC §3.4): <c>n = ceil(ratio × population)</c>, split over platforms in
/// proportion (largest remainder, every platform at least one when n allows), spread over sub-regions
/// inside each platform, and reproducible from the seed alone: the population is put in id order first,
/// so the order the caller lists it in does not matter. Websites (SPEC §3.6) are a stratum sized on their own,
/// <c>ceil(ratio × websites)</c>, beside <c>ceil(ratio × accounts)</c> shared by the account platforms: the 通报 gives the
/// websites their own pass rate, which must rest on at least the ratio of them whatever the accounts' rounding does.
/// </summary>
public static class SamplingPlan
{
    public static int SizeFor(int population, decimal ratio)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        if (ratio is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), "ratio must be in (0, 1]");
        }

        return (int)Math.Min(population, Math.Ceiling(ratio * population));
    }

    public static SampleDraw Draw(IEnumerable<SampleCandidate> population, decimal ratio, string seed)
    {
        var accounts = population.DistinctBy(c => c.AccountId).OrderBy(c => c.AccountId, StringComparer.Ordinal).ToList();
        var byPlatform = accounts.GroupBy(c => c.Platform).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var quotas = QuotasOf(byPlatform.Select(g => (g.Key, g.Count())).ToList(), ratio);
        var n = quotas.Sum();
        var random = new SeededRandom(seed);

        var chosen = new List<List<SampleCandidate>>();
        var orders = new List<List<SampleCandidate>>();
        for (var p = 0; p < byPlatform.Count; p++)
        {
            var order = SpreadOrder(byPlatform[p], random);
            orders.Add(order);
            chosen.Add(order.Take(quotas[p]).ToList());
        }

        CoverSubRegions(accounts, orders, chosen, n);
        var strata = byPlatform.Select((g, p) => new Stratum(g.Key, g.Count(), chosen[p].Count)).ToList();
        return new SampleDraw(accounts.Count, n, strata, [.. chosen.SelectMany(c => c).Select(c => c.AccountId)]);
    }

    /// <summary>Whether a stratum is sized on its own rather than sharing the accounts' sample: the websites.</summary>
    public static bool SizedApart(string platform) => platform == Platforms.Website;

    // The account platforms share ceil(ratio × accounts) in proportion; a stratum sized apart takes ceil(ratio × its size).
    private static int[] QuotasOf(List<(string Platform, int Size)> strata, decimal ratio)
    {
        var quotas = new int[strata.Count];
        var shared = Enumerable.Range(0, strata.Count).Where(i => !SizedApart(strata[i].Platform)).ToList();
        var sharedQuotas = Quotas([.. shared.Select(i => strata[i].Size)], SizeFor(shared.Sum(i => strata[i].Size), ratio));
        for (var k = 0; k < shared.Count; k++)
        {
            quotas[shared[k]] = sharedQuotas[k];
        }

        foreach (var i in Enumerable.Range(0, strata.Count).Where(i => SizedApart(strata[i].Platform)))
        {
            quotas[i] = SizeFor(strata[i].Size, ratio);
        }

        return quotas;
    }

    /// <summary>Proportional quotas by largest remainder; then every platform gets one if n allows.</summary>
    public static IReadOnlyList<int> Quotas(IReadOnlyList<int> sizes, int n)
    {
        var total = sizes.Sum();
        var quotas = sizes.Select(s => total == 0 ? 0 : (int)((long)n * s / total)).ToArray();
        var byRemainder = Enumerable.Range(0, sizes.Count)
            .OrderByDescending(i => total == 0 ? 0 : (long)n * sizes[i] % total)
            .ThenByDescending(i => sizes[i])
            .ThenBy(i => i)
            .ToList();
        var leftover = n - quotas.Sum();
        for (var k = 0; k < leftover; k++)
        {
            quotas[byRemainder[k % byRemainder.Count]]++;
        }

        if (n >= sizes.Count)
        {
            for (var i = 0; i < sizes.Count; i++)
            {
                if (quotas[i] == 0 && sizes[i] > 0)
                {
                    var donor = Enumerable.Range(0, sizes.Count).OrderByDescending(j => quotas[j]).ThenBy(j => j).First();
                    quotas[donor]--;
                    quotas[i]++;
                }
            }
        }

        return quotas;
    }

    // Each sub-region's accounts shuffled, the sub-regions in shuffled order, then taken in turn:
    // a stratum's first k accounts come from k different sub-regions whenever it has k of them.
    private static List<SampleCandidate> SpreadOrder(IEnumerable<SampleCandidate> stratum, SeededRandom random)
    {
        var groups = stratum.GroupBy(c => c.SubRegion).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.ToList()).ToList();
        foreach (var group in groups)
        {
            random.Shuffle(group);
        }

        random.Shuffle(groups);
        var order = new List<SampleCandidate>();
        for (var round = 0; order.Count < groups.Sum(g => g.Count); round++)
        {
            order.AddRange(groups.Where(g => round < g.Count).Select(g => g[round]));
        }

        return order;
    }

    // A sub-region still missing takes the place of an account from a sub-region sampled more than once,
    // within the same platform, so the platform quotas stay as they are.
    private static void CoverSubRegions(List<SampleCandidate> accounts, List<List<SampleCandidate>> orders,
        List<List<SampleCandidate>> chosen, int n)
    {
        var subRegions = accounts.Select(a => a.SubRegion).Distinct().Order(StringComparer.Ordinal).ToList();
        if (n < subRegions.Count)
        {
            return;
        }

        foreach (var missing in subRegions)
        {
            var counts = chosen.SelectMany(c => c).GroupBy(c => c.SubRegion).ToDictionary(g => g.Key, g => g.Count());
            if (counts.ContainsKey(missing))
            {
                continue;
            }

            for (var p = 0; p < orders.Count; p++)
            {
                var incoming = orders[p].FirstOrDefault(c => c.SubRegion == missing);
                var outgoing = chosen[p].LastOrDefault(c => counts.GetValueOrDefault(c.SubRegion) > 1);
                if (incoming is not null && outgoing is not null)
                {
                    chosen[p][chosen[p].LastIndexOf(outgoing)] = incoming;
                    break;
                }
            }
        }
    }
}
