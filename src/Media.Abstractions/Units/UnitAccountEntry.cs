using Media.Abstractions.Accounts;

namespace Media.Abstractions.Units;

/// <summary>An account as its unit lists it: enough to count accounts per platform.</summary>
[GenerateSerializer, Immutable, Alias("media.unit-account")]
public sealed record UnitAccountEntry(
    [property: Id(0)] string AccountId,
    [property: Id(1)] string Platform,
    [property: Id(2)] AccountStatus Status);
