namespace Media.Domain.Sampling;

/// <summary>
/// The arithmetic of a sampling report (SPEC §3.4): pass rate = (checked − failed) / checked, per group and overall,
/// and the change against the previous quarter in percentage points (环比).
/// </summary>
public static class PassRate
{
    /// <summary>The share of checked accounts that passed, to four places; null when none was checked.</summary>
    public static decimal? Of(int @checked, int failed) =>
        @checked == 0 ? null : Math.Round((decimal)(@checked - failed) / @checked, 4);

    /// <summary>How many percentage points the rate moved since the previous quarter, to one place; null unless both are known.</summary>
    public static decimal? ChangeInPoints(decimal? now, decimal? then) =>
        now is { } n && then is { } t ? Math.Round((n - t) * 100, 1) : null;

    /// <summary>Checked, failed and rate per key (a sub-region, a platform), keys in ordinal order.</summary>
    public static IReadOnlyList<PassTally> ByKey(IEnumerable<(string Key, bool Passed)> verdicts) =>
        [.. verdicts.GroupBy(v => v.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Tally(g.Key, g.Count(), g.Count(v => !v.Passed)))];

    public static PassTally Tally(string key, int @checked, int failed) => new(key, @checked, failed, Of(@checked, failed));
}

/// <summary>Checked, failed and pass rate of one group of a sampling.</summary>
public sealed record PassTally(string Key, int Checked, int Failed, decimal? Rate);
