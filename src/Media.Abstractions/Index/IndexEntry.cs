using Media.Abstractions.Accounts;

namespace Media.Abstractions.Index;

/// <summary>The compact line an account keeps in its region's index: what lists and sweeps need.</summary>
[GenerateSerializer, Immutable, Alias("media.index-entry")]
public sealed record IndexEntry(
    [property: Id(0)] string AccountId,
    [property: Id(1)] string UnitCode,
    [property: Id(2)] string Platform,
    [property: Id(3)] string Name,
    [property: Id(4)] AccountStatus Status,
    [property: Id(5)] DateOnly OpenedOn,
    [property: Id(6)] int FindingCount,
    [property: Id(7)] string RegionCode);
