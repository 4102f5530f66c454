using System.Net;

namespace Media.Probes.Http;

/// <summary>
/// The guarded fetcher behind every probe (SPEC §7): http(s) only, no private addresses unless allowed
/// (checked at connect time and again on every redirect hop), a decompressed size cap, a timeout per
/// request, at most <see cref="ProbeOptions.MaxRedirects"/> redirects, and per-host politeness.
/// </summary>
public sealed class PageFetcher : IPageFetcher, IDisposable
{
    private readonly ProbeOptions _options;
    private readonly TimeProvider _time;
    private readonly GuardedConnector _connector;
    private readonly HostGate _gate;
    private readonly HttpClient _client;

    /// <param name="options">Limits and politeness.</param>
    /// <param name="time">The clock of timeouts and politeness.</param>
    /// <param name="policy">Which addresses may be connected to; by default from <paramref name="options"/>.</param>
    /// <param name="resolver">Name resolution; by default the system's.</param>
    public PageFetcher(ProbeOptions options, TimeProvider time, AddressPolicy? policy = null, INameResolver? resolver = null)
        : this(options, time, policy, (resolver ?? SystemNameResolver.Instance).ResolveAsync)
    {
    }

    /// <summary>As the public constructor, with the resolver as a function; tests pass one that counts its calls.</summary>
    internal PageFetcher(ProbeOptions options, TimeProvider time, AddressPolicy? policy, Func<string, CancellationToken, Task<IPAddress[]>> resolve)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (options.Validate() is [_, ..] errors)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        _options = options;
        _time = time;
        _connector = new GuardedConnector(policy ?? AddressPolicy.For(options), resolve);
        _gate = new HostGate(options.PerHostInterval, time);
        // The client owns and disposes the handler; one client per fetcher keeps its connection pool.
        _client = new HttpClient(CreateHandler(_connector)) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            if (_connector.Precheck(current) is { } refusal)
            {
                return FetchResult.Failed(FetchFailure.Refused, current, refusal);
            }

            await _gate.WaitTurnAsync(current.IdnHost, ct).ConfigureAwait(false);
            var (result, next) = await SendAsync(current, ct).ConfigureAwait(false);
            if (next is null)
            {
                return result!;
            }

            if (redirects == _options.MaxRedirects)
            {
                return FetchResult.Failed(FetchFailure.TooManyRedirects, current, $"more than {_options.MaxRedirects} redirects (next: {next})");
            }

            current = next;
        }
    }

    public void Dispose() => _client.Dispose();

    private static SocketsHttpHandler CreateHandler(GuardedConnector connector) => new()
    {
        // Redirects are followed by hand so that every hop passes the guard and is counted.
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,

        // A proxy would make the connection for us, and the address check would see only the proxy.
        UseProxy = false,
        UseCookies = false,
        ConnectCallback = connector.ConnectAsync,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        MaxResponseHeadersLength = 64,
    };

    private async Task<(FetchResult? Result, Uri? Redirect)> SendAsync(Uri url, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/json,application/xml;q=0.9,*/*;q=0.8");
            request.Headers.TryAddWithoutValidation("Accept-Language", "zh-CN,zh;q=0.9");
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
            {
                return (null, new Uri(url, location));
            }

            var body = await BodyReader.ReadAsync(response.Content, _options.MaxBytes, linked.Token).ConfigureAwait(false);
            if (body is null)
            {
                return (FetchResult.Failed(FetchFailure.TooLarge, url, $"body larger than {_options.MaxBytes} bytes", status), null);
            }

            var contentType = response.Content.Headers.ContentType;
            var text = TextDecoder.Decode(body, contentType?.CharSet);
            return (new FetchResult(FetchFailure.None, url, status, contentType?.MediaType, text), null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return (FetchResult.Failed(FetchFailure.Timeout, url, $"no complete answer within {_options.Timeout.TotalSeconds:0.#} s"), null);
        }
        catch (HttpRequestException e) when (Find<AddressRefusedException>(e) is { } refused)
        {
            return (FetchResult.Failed(FetchFailure.Refused, url, refused.Message), null);
        }
        catch (HttpRequestException e) when (Find<ResolverDownException>(e) is { } down)
        {
            return (FetchResult.Failed(FetchFailure.ResolverDown, url, down.Message), null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or System.Net.Sockets.SocketException)
        {
            return (FetchResult.Failed(FetchFailure.NetworkError, url, e.Message), null);
        }
    }

    private static T? Find<T>(Exception? e)
        where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
