using Media.Abstractions.Accounts;

namespace Media.Abstractions.Index;

/// <summary>
/// All a dashboard asks of one region index, in one answer: its lines counted by platform and status, how many Media cannot
/// judge (a gap on the line), the quietest active accounts and the violations detected per week. One call per region
/// instead of one fan-out per count.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.region-dashboard")]
public sealed record RegionDashboard(
    [property: Id(0)] IReadOnlyList<LineCount> Counts,
    [property: Id(1)] int Gaps,
    [property: Id(2)] IReadOnlyList<IndexEntry> Quietest,
    [property: Id(3)] int[] Weeks);

/// <summary>How many lines of one platform have one status.</summary>
[GenerateSerializer, Immutable, Alias("media.line-count")]
public sealed record LineCount(
    [property: Id(0)] string Platform,
    [property: Id(1)] AccountStatus Status,
    [property: Id(2)] int Count);
