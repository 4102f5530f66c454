namespace Media.Abstractions.Units;

/// <summary>A unit (主办单位): its credit code, name, region, level and kind (ids from UnitLevels).</summary>
[GenerateSerializer, Immutable, Alias("media.unit")]
public sealed record UnitRecord(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string RegionCode,
    [property: Id(3)] string Level,
    [property: Id(4)] string Kind,
    [property: Id(5)] string? Email,
    [property: Id(6)] DateTimeOffset CreatedAt);
