using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;

namespace Media.Abstractions.Index;

/// <summary>
/// The compact line an account keeps in its region's index: what lists and sweeps need. The N-th latest
/// post time decides <c>low-frequency</c> (fewer than N posts in 30 days) without keeping the posts here. <see cref="Gap"/>
/// is set while Media cannot judge the account (never observed, or its latest probe failed): the sweep and the gaps list
/// read it here, so neither wakes the account.
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
    [property: Id(18)] GapView? Gap = null);
