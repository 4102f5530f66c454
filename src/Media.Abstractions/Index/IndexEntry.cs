using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;

namespace Media.Abstractions.Index;

/// <summary>
/// The compact line an account keeps in its region's index: what lists and sweeps need. The N-th latest
/// post time decides <c>low-frequency</c> (fewer than N posts in 30 days) without keeping the posts here. <see cref="Gap"/>
/// is set while Media cannot judge the account (never observed, or its latest probe failed): the sweep and the gaps list
/// read it here, so neither wakes the account.
/// <see cref="FindingRules"/> holds the rule ids of the filing record's findings in one comma-separated string (null for
/// most accounts, which have none), so lines still compare by value and an index keeps one copy of each combination.
/// <see cref="SiteDueAt"/> is set only for a website: the next time its verdicts can change with time alone (the sweep
/// wakes it then, and no other website).
/// </summary>
[GenerateSerializer, Immutable, Alias("media.index-entry")]
public sealed record IndexEntry(
    [property: Id(0)] string AccountId,
    [property: Id(1)] string UnitCode,
    [property: Id(2)] string Platform,
    [property: Id(3)] string Name,
    [property: Id(4)] AccountStatus Status,
    [property: Id(5)] DateOnly OpenedOn,
    [property: Id(6)] int FindingCount,
    [property: Id(7)] string RegionCode,
    [property: Id(8)] DateTimeOffset? LastPostAt = null,
    [property: Id(9)] DateTimeOffset? NthLastPostAt = null,
    [property: Id(10)] OpenEpisodes Open = OpenEpisodes.None,
    [property: Id(11)] DateTimeOffset? LastProbedAt = null,
    [property: Id(12)] bool HasProbeSource = false,
    [property: Id(13)] DateTimeOffset? LastLateFiledAt = null,
    [property: Id(14)] DateOnly? EndedOn = null,
    [property: Id(15)] long? Followers = null,
    [property: Id(16)] int Posts30d = 0,
    [property: Id(17)] int Originals30d = 0,
    [property: Id(18)] GapView? Gap = null,
    [property: Id(21)] string? FindingRules = null,
    [property: Id(22)] DateTimeOffset? SiteDueAt = null)
{
    /// <summary>Joins the rule ids of a filing record's findings as <see cref="FindingRules"/> holds them: null when there are none.</summary>
    public static string? JoinFindingRules(IEnumerable<string> rules)
    {
        var joined = string.Join(',', rules.Distinct(StringComparer.Ordinal));
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>Whether the account's filing record has a finding of <paramref name="rule"/>.</summary>
    public bool HasFinding(string rule) =>
        FindingRules is { } rules && rules.Split(',').Contains(rule, StringComparer.Ordinal);
}
