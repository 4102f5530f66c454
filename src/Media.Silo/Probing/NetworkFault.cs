using Media.Probes.Http;

namespace Media.Silo.Probing;

/// <summary>
/// Tells a site's failure from Media's own (SPEC §3.6: a probe Media could not make is a gap). A resolver that did not
/// answer is Media's; a network error or a timeout is Media's when the reference pages (<c>Probes:NetworkCanaries</c>)
/// fail too. The canaries' verdict is kept for a minute, so a network that is down costs one round of canaries, not
/// one per site.
/// </summary>
internal sealed class NetworkFault(IReadOnlyList<Uri> canaries, IPageFetcher fetcher, TimeProvider time)
{
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private Task<bool>? _networkUp;
    private DateTimeOffset _askedAt;

    /// <summary>Whether the failure of <paramref name="failed"/> was Media's own rather than the site's.</summary>
    public async Task<bool> IsOwnAsync(FetchResult failed, CancellationToken ct) => failed.Failure switch
    {
        FetchFailure.ResolverDown => true,
        FetchFailure.NetworkError or FetchFailure.Timeout => !await NetworkUpAsync().WaitAsync(ct),
        _ => false,
    };

    private Task<bool> NetworkUpAsync()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_networkUp is null || now - _askedAt >= Remembered)
            {
                _networkUp = AskCanariesAsync();
                _askedAt = now;
            }

            return _networkUp;
        }
    }

    // Any answer from any canary, even an error page, shows that Media's network and resolver work. No canaries
    // configured: no evidence against the network, so the site is blamed as before.
    private async Task<bool> AskCanariesAsync()
    {
        if (canaries.Count == 0)
        {
            return true;
        }

        var answers = await Task.WhenAll(canaries.Select(c => fetcher.FetchAsync(c, CancellationToken.None)));
        return answers.Any(a => a.Succeeded);
    }
}
