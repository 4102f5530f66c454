namespace Media.Domain.Monitoring;

/// <summary>Posting activity of an account at one instant (SPEC §5.1 <c>activity</c>).</summary>
public sealed record ActivityStatistics(
    DateTimeOffset? LastPostAt,
    int Posts7d,
    int Posts30d,
    int Originals30d,
    int Reposts30d,
    int LongestGapDays)
{
    /// <summary>
    /// Computes the statistics from the publication times of the retained posts (any order). The longest
    /// gap is measured over the retained window, up to <paramref name="at"/>, in whole days.
    /// </summary>
    public static ActivityStatistics Compute(IEnumerable<(DateTimeOffset PublishedAt, bool Repost)> posts,
        DateTimeOffset? lastPostAt, DateTimeOffset windowStart, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var times = posts.Where(p => p.PublishedAt <= at).OrderBy(p => p.PublishedAt).ToList();
        var posts7d = times.Count(p => at - p.PublishedAt < TimeSpan.FromDays(7));
        var last30 = times.Where(p => at - p.PublishedAt < TimeSpan.FromDays(30)).ToList();
        var longest = TimeSpan.Zero;
        var previous = windowStart;
        foreach (var post in times.Where(p => p.PublishedAt >= windowStart))
        {
            longest = Max(longest, post.PublishedAt - previous);
            previous = post.PublishedAt;
        }

        longest = Max(longest, at - previous);
        return new ActivityStatistics(lastPostAt, posts7d, last30.Count, last30.Count(p => !p.Repost),
            last30.Count(p => p.Repost), (int)longest.TotalDays);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
