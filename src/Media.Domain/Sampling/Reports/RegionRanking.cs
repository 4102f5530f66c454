namespace Media.Domain.Sampling.Reports;

/// <summary>How far a region's sampling of the quarter has got.</summary>
public enum SamplingProgress
{
    /// <summary>Every sampled account inspected: its rate is final and ranked.</summary>
    Completed,

    /// <summary>Drawn but not fully inspected: a draft, not ranked.</summary>
    Draft,

    /// <summary>No sampling of the quarter.</summary>
    NotSampled,
}

/// <summary>A region's sampling of the quarter as the overview counts it: sampled accounts inspected and failed (re-checks apart, as in the 通报).</summary>
public sealed record RegionResult(string RegionCode, string Name, SamplingProgress Progress, int Checked, int Failed);

/// <summary>
/// A region in the overview. <see cref="Rank"/> and <see cref="PassRate"/> are set for a completed sampling with
/// accounts checked; equal rates share a rank (并列).
/// </summary>
public sealed record RankedRegion(int? Rank, string RegionCode, string Name, SamplingProgress Progress, int Checked, int Failed, decimal? PassRate);

/// <summary>
/// The quarter's overview across the regions of a jurisdiction (a province's cities): 合格率 of each completed
/// sampling by <see cref="Sampling.PassRate"/>, highest first, equal rates by more accounts checked then by code;
/// drafts and regions not sampled follow, unranked, in code order.
/// </summary>
public static class RegionRanking
{
    public static IReadOnlyList<RankedRegion> Rank(IEnumerable<RegionResult> results)
    {
        var rated = results.Select(r => (Result: r, Rate: r.Progress == SamplingProgress.Completed ? PassRate.Of(r.Checked, r.Failed) : null)).ToList();
        var ranked = rated.Where(x => x.Rate is not null)
            .OrderByDescending(x => x.Rate).ThenByDescending(x => x.Result.Checked).ThenBy(x => x.Result.RegionCode, StringComparer.Ordinal).ToList();
        var rows = new List<RankedRegion>(rated.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var rank = i > 0 && ranked[i].Rate == ranked[i - 1].Rate ? rows[i - 1].Rank : i + 1;
            rows.Add(Row(ranked[i].Result, rank, ranked[i].Rate));
        }

        rows.AddRange(rated.Where(x => x.Rate is null)
            .OrderBy(x => x.Result.Progress).ThenBy(x => x.Result.RegionCode, StringComparer.Ordinal)
            .Select(x => Row(x.Result, null, null)));
        return rows;
    }

    private static RankedRegion Row(RegionResult r, int? rank, decimal? rate) =>
        new(rank, r.RegionCode, r.Name, r.Progress, r.Checked, r.Failed, rate);
}
