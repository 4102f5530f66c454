using Media.Probes.Sites;

namespace Media.Probes;

/// <summary>
/// What one probe of one page found. <paramref name="LatestPostAt"/> is the latest publication time of
/// the listed posts; pinned posts are never listed, because an old pinned post would hide silence. <paramref name="Page"/> is
/// what a government site's page shows (its lists, navigation, questions), set only by the website extractor.
/// </summary>
public sealed record ProbeResult(
    ProbeStatus Status,
    DateTimeOffset? LatestPostAt,
    IReadOnlyList<ProbedPost> Posts,
    SiteIdentifiers? Site = null,
    string? Detail = null,
    string? AccountName = null,
    string? Handle = null,
    long? Followers = null,
    SitePage? Page = null)
{
    /// <summary>A successful read; <see cref="LatestPostAt"/> is computed from <paramref name="posts"/>.</summary>
    public static ProbeResult Ok(IReadOnlyList<ProbedPost> posts) =>
        new(ProbeStatus.Ok, Latest(posts), posts);

    /// <summary>A monitoring gap: nothing is known about the account's activity.</summary>
    public static ProbeResult Gap(ProbeStatus status, string detail) => new(status, null, [], Detail: detail);

    public static DateTimeOffset? Latest(IEnumerable<ProbedPost> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        DateTimeOffset? latest = null;
        foreach (var post in posts)
        {
            if (latest is null || post.PublishedAt > latest)
            {
                latest = post.PublishedAt;
            }
        }

        return latest;
    }
}
