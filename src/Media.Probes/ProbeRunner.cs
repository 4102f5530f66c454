using Media.Probes.Http;

namespace Media.Probes;

/// <summary>Fetch, then extract: the one call a probe job or the CLI needs for a URL.</summary>
public static class ProbeRunner
{
    public static async Task<ProbeResult> RunAsync(IPageFetcher fetcher, IExtractor extractor, Uri url, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(clock);
        var page = await fetcher.FetchAsync(url, ct).ConfigureAwait(false);

        // Relative dates ("3小时前") are read against the moment the page arrived.
        var now = clock.GetUtcNow();
        return page.Succeeded
            ? extractor.Extract(new ProbeInput(page.Content ?? "", page.FinalUrl, now, page.StatusCode, page.ContentType))
            : ProbeResult.Gap(ProbeStatus.Error, $"fetch failed ({page.Failure}): {page.Detail}");
    }
}
