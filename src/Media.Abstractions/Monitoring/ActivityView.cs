namespace Media.Abstractions.Monitoring;

/// <summary>
/// An account's posting activity as the API shows it; <see cref="WeeklyPosts"/> counts the last twelve weeks' posts
/// (Beijing, Monday to Sunday, oldest first) and <see cref="LastProbedAt"/> is the collector's last visit;
/// <see cref="Unseen"/> says why Media cannot judge the account now, and <see cref="LastPostSeen"/> when and how it
/// learned of the latest post.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.activity")]
public sealed record ActivityView(
    [property: Id(0)] DateTimeOffset? LastPostAt,
    [property: Id(1)] int Posts7d,
    [property: Id(2)] int Posts30d,
    [property: Id(3)] int Originals30d,
    [property: Id(4)] int Reposts30d,
    [property: Id(5)] int LongestGapDays,
    [property: Id(6)] long? Followers,
    [property: Id(7)] MonitoringGap? Gap,
    [property: Id(8)] int[]? WeeklyPosts = null,
    [property: Id(9)] DateTimeOffset? LastProbedAt = null,
    [property: Id(10)] GapView? Unseen = null,
    [property: Id(11)] Observation? LastPostSeen = null);
