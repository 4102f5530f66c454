namespace Media.Application.Monitoring;

/// <summary>One post as an integrator pushes it; <c>publishedAt</c> is ISO 8601 with an offset.</summary>
public sealed record PostRequest(
    string? PostId,
    string? PublishedAt,
    string? Title,
    string? Text,
    string? Url,
    bool? Repost,
    long? Likes,
    long? Comments,
    long? Shares,
    long? Reads);

/// <summary>A post for the bulk endpoint: the same fields plus the account it belongs to.</summary>
public sealed record BulkPostItem(
    string? AccountId,
    string? PostId,
    string? PublishedAt,
    string? Title,
    string? Text,
    string? Url,
    bool? Repost,
    long? Likes,
    long? Comments,
    long? Shares,
    long? Reads)
{
    public PostRequest Post => new(PostId, PublishedAt, Title, Text, Url, Repost, Likes, Comments, Shares, Reads);
}

/// <summary>Body of <c>POST /api/posts</c>.</summary>
public sealed record BulkPostRequest(IReadOnlyList<BulkPostItem>? Items);

/// <summary>The reply to an ingest: new posts and posts the accounts already had.</summary>
public sealed record IngestResponse(int Accepted, int Duplicates);
