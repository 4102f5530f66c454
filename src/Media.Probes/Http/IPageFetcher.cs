namespace Media.Probes.Http;

/// <summary>Fetches one public page under the probe guard (size cap, timeouts, redirects, SSRF).</summary>
public interface IPageFetcher
{
    /// <summary>Never throws for network trouble; throws only when <paramref name="ct"/> is cancelled.</summary>
    Task<FetchResult> FetchAsync(Uri url, CancellationToken ct);
}
