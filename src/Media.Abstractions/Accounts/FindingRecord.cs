namespace Media.Abstractions.Accounts;

/// <summary>A rule finding recorded against an account, e.g. <c>filing-late</c>.</summary>
[GenerateSerializer, Immutable, Alias("media.finding")]
public sealed record FindingRecord(
    [property: Id(0)] string Rule,
    [property: Id(1)] string Message,
    [property: Id(2)] DateTimeOffset DetectedAt);
