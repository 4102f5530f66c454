namespace Media.Abstractions.Monitoring;

/// <summary>A post as pushed by an integrator or read by a probe, before the account keeps it.</summary>
[GenerateSerializer, Immutable, Alias("media.incoming-post")]
public sealed record IncomingPost(
    [property: Id(0)] string PostId,
    [property: Id(1)] DateTimeOffset PublishedAt,
    [property: Id(2)] string? Title,
    [property: Id(3)] string? Text,
    [property: Id(4)] string? Url,
    [property: Id(5)] bool Repost,
    [property: Id(6)] long? Likes,
    [property: Id(7)] long? Comments,
    [property: Id(8)] long? Shares,
    [property: Id(9)] long? Reads);
