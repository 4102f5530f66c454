namespace Media.Abstractions.Accounts;

/// <summary>A supervisor's report of an unfiled account, already validated; the grain's key names platform and handle.</summary>
[GenerateSerializer, Immutable, Alias("media.discover-account")]
public sealed record DiscoverAccountCommand(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Url,
    [property: Id(2)] string RegionCode,
    [property: Id(3)] string? UnitName,
    [property: Id(4)] string Actor);
