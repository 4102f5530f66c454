using System.Diagnostics;
using Media.Abstractions.Websites;
using Media.Grains;
using Media.Probes.Http;

namespace Media.Silo.Probing;

/// <summary>
/// One availability check of a website's home page (SPEC §3.6 <c>site-unreachable</c>): it passes when the page answers
/// 2xx (after the fetcher's redirects) within <c>Rules:Websites:ProbeTimeoutSeconds</c>, redirects included. A check
/// that failed through Media's own fault is a gap.
/// </summary>
internal sealed class SiteAvailabilityChecker(
    [FromKeyedServices(SiteAvailabilityChecker.FetcherKey)] IPageFetcher fetcher,
    NetworkFault network,
    SiteCheckTimeout timeout,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
{
    /// <summary>The fetcher whose per-request timeout is the checks' timeout.</summary>
    public const string FetcherKey = "site-check";

    public const string Source = "probe";

    public async Task<SiteCheck> CheckAsync(Uri home, CancellationToken ct)
    {
        var at = clock.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var page = await FetchWithinAsync(home, ct);
        var ms = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (page.Succeeded && page.StatusCode is >= 200 and < 300)
        {
            return new SiteCheck(at, true, ms, Source);
        }

        return new SiteCheck(at, false, ms, Source, await network.IsOwnAsync(page, ct));
    }

    // The fetcher's timeout is per hop; a check allows the whole load, redirects included, the same time.
    private async Task<FetchResult> FetchWithinAsync(Uri home, CancellationToken ct)
    {
        using var within = CancellationTokenSource.CreateLinkedTokenSource(ct);
        within.CancelAfter(timeout.Value);
        try
        {
            return await fetcher.FetchAsync(home, within.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return FetchResult.Failed(FetchFailure.Timeout, home, $"no complete answer within {timeout.Value.TotalSeconds:0.#} s");
        }
    }
}

/// <summary>How long a home page may take to load for a check to pass.</summary>
internal sealed record SiteCheckTimeout(TimeSpan Value);
