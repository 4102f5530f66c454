namespace Media.Abstractions.Monitoring;

/// <summary>What one probe of an account found: its collector status, posts and follower count.</summary>
[GenerateSerializer, Immutable, Alias("media.probe-report")]
public sealed record ProbeReport(
    [property: Id(0)] string Status,
    [property: Id(1)] string? Detail,
    [property: Id(2)] IReadOnlyList<IncomingPost> Posts,
    [property: Id(3)] long? Followers,
    [property: Id(4)] DateTimeOffset ProbedAt,
    [property: Id(5)] bool IsAvailabilityCheck);
