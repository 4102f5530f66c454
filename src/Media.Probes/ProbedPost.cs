namespace Media.Probes;

/// <summary>
/// One post read from a platform page. <paramref name="PublishedAt"/> is the publication instant, in
/// Beijing time (+08:00) whenever the source gives Beijing-local times.
/// </summary>
public sealed record ProbedPost(
    string? PostId,
    DateTimeOffset PublishedAt,
    string? Title,
    string? Url,
    bool Repost,
    string? Text = null,
    long? Likes = null,
    long? Comments = null,
    long? Shares = null,
    long? Reads = null);
