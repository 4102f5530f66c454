namespace Media.Abstractions.Index;

/// <summary>One region index's share of a survey (摸底统计): totals per platform and the consolidation candidates.</summary>
[GenerateSerializer, Immutable, Alias("media.survey-part")]
public sealed record SurveyPart(
    [property: Id(0)] string RegionCode,
    [property: Id(1)] IReadOnlyList<SurveyCell> Cells,
    [property: Id(2)] IReadOnlyList<DuplicateGroup> Duplicates,
    [property: Id(3)] IReadOnlyList<IndexEntry> LowActivity);

/// <summary>Active accounts of one platform in one region, with their summed statistics.</summary>
[GenerateSerializer, Immutable, Alias("media.survey-cell")]
public sealed record SurveyCell(
    [property: Id(0)] string Platform,
    [property: Id(1)] int Accounts,
    [property: Id(2)] long Followers,
    [property: Id(3)] int Posts30d,
    [property: Id(4)] int Originals30d);

/// <summary>A unit with more than one active account on a platform (or more than one app): 集约整合 candidates.</summary>
[GenerateSerializer, Immutable, Alias("media.duplicate-group")]
public sealed record DuplicateGroup(
    [property: Id(0)] string UnitCode,
    [property: Id(1)] string Platform,
    [property: Id(2)] IReadOnlyList<string> AccountIds);
