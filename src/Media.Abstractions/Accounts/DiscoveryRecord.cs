namespace Media.Abstractions.Accounts;

/// <summary>
/// An account a supervisor found that no unit has filed (SPEC §3.3, <c>filing-missing</c>). The account grain keeps it
/// while the account is unfiled, and afterwards as the date the filing deadline counted from.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.discovery")]
public sealed record DiscoveryRecord(
    [property: Id(0)] string AccountId,
    [property: Id(1)] string Platform,
    [property: Id(2)] string Handle,
    [property: Id(3)] string Name,
    [property: Id(4)] string? Url,
    [property: Id(5)] string RegionCode,
    [property: Id(6)] string? UnitName,
    [property: Id(7)] DateTimeOffset DiscoveredAt,
    [property: Id(8)] DateOnly DiscoveredOn,
    [property: Id(9)] string DiscoveredBy,
    [property: Id(10)] string ViolationId);
