namespace Media.Abstractions.Monitoring;

/// <summary>
/// A post an account keeps for its statistics and the quarter's evidence (text is not kept); <see cref="ReceivedAt"/> and
/// <see cref="Source"/> say when and how Media learned of it (null source: kept before sources were recorded).
/// </summary>
[GenerateSerializer, Immutable, Alias("media.post")]
public sealed record PostRecord(
    [property: Id(0)] string PostId,
    [property: Id(1)] DateTimeOffset PublishedAt,
    [property: Id(2)] string? Title,
    [property: Id(3)] string? Url,
    [property: Id(4)] bool Repost,
    [property: Id(5)] long? Likes,
    [property: Id(6)] long? Comments,
    [property: Id(7)] long? Shares,
    [property: Id(8)] long? Reads,
    [property: Id(9)] DateTimeOffset ReceivedAt,
    [property: Id(10)] ObservationSource? Source = null);
