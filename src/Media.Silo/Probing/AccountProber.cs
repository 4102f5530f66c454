using System.Security.Cryptography;
using System.Text;
using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Domain.Accounts;
using Media.Grains;
using Media.Grains.Probing;
using Media.Probes;
using Media.Probes.Http;

namespace Media.Silo.Probing;

/// <summary>
/// Chooses how to read an account and reads it: its feed (e.g. a self-hosted RSSHub) when it has one,
/// else its home page with the platform's extractor; an app's download URL is checked for availability.
/// </summary>
internal sealed class AccountProber(IPageFetcher fetcher, ExtractorRegistry extractors,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : IAccountProber
{
    public async Task<ProbeReport?> ProbeAsync(AccountSnapshot account, CancellationToken cancellationToken)
    {
        var profile = account.Profile;
        if (account.Platform == Platforms.App && Parse(profile.Url) is { } download)
        {
            return await CheckAvailabilityAsync(download, cancellationToken);
        }

        var (url, extractorId) = Parse(profile.FeedUrl) is { } feed ? (feed, "feed") : (Parse(profile.Url), account.Platform);
        if (url is null || !extractors.TryGet(extractorId, out var extractor))
        {
            return null;
        }

        var result = await ProbeRunner.RunAsync(fetcher, extractor, url, clock, cancellationToken);
        var posts = result.Posts.Select(p => new IncomingPost(p.PostId ?? StableId(p), p.PublishedAt, p.Title, p.Text, p.Url,
            p.Repost, p.Likes, p.Comments, p.Shares, p.Reads)).ToList();
        return new ProbeReport(ProbeStatuses.ToId(result.Status), result.Detail, posts, result.Followers, clock.GetUtcNow(), false);
    }

    // An app counts as available when its page or package answers 2xx with a body that does not say it was delisted.
    private async Task<ProbeReport> CheckAvailabilityAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchAsync(url, cancellationToken);
        var answered = page.Succeeded && page.StatusCode is >= 200 and < 300 && !string.IsNullOrEmpty(page.Content);
        var delisted = answered ? AppStorePage.DelistedMarker(page.Content) : null;
        var ok = answered && delisted is null;
        var detail = ok ? null
            : delisted is not null ? $"下载页面显示应用{delisted}"
            : page.Succeeded ? $"HTTP {page.StatusCode}" : $"{page.Failure}: {page.Detail}";
        return new ProbeReport(ok ? "ok" : "error", detail, [], null, clock.GetUtcNow(), true);
    }

    private static Uri? Parse(string? url) => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    // Pages without post ids still need one for idempotent ingest: the post's time, title and link.
    private static string StableId(ProbedPost post)
    {
        var key = $"{post.PublishedAt.ToUnixTimeSeconds()}|{post.Title}|{post.Url}";
        return "h" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20].ToLowerInvariant();
    }
}
