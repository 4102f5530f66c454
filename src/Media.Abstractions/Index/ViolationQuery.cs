using Media.Abstractions.Monitoring;

namespace Media.Abstractions.Index;

/// <summary>A filter over a region's violations; <c>ActiveOnly</c> means any state but resolved/dismissed.</summary>
[GenerateSerializer, Immutable, Alias("media.violation-query")]
public sealed record ViolationQuery(
    [property: Id(0)] string? Rule,
    [property: Id(1)] ViolationStatus? Status,
    [property: Id(2)] bool ActiveOnly,
    [property: Id(3)] string? UnitCode,
    [property: Id(4)] int Take);

/// <summary>How many violations matched, and the newest <c>Take</c> of them.</summary>
[GenerateSerializer, Immutable, Alias("media.violation-page")]
public sealed record ViolationPage(
    [property: Id(0)] int Total,
    [property: Id(1)] IReadOnlyList<ViolationEntry> Items);

/// <summary>A violation as a region index lists it, with the owner's unit for unit users' filters.</summary>
[GenerateSerializer, Immutable, Alias("media.violation-entry")]
public sealed record ViolationEntry(
    [property: Id(0)] ViolationRecord Violation,
    [property: Id(1)] string UnitCode,
    [property: Id(2)] string RegionCode);
