using System.Net;
using Media.Probes.Http;

namespace Media.Probes.Tests.Http;

/// <summary>
/// Names under reserved domains are refused before any lookup; localhost names are answered as loopback without one.
/// The fetcher's resolver here counts its calls and answers only with the loopback server it stands in front of.
/// </summary>
public sealed class ReservedNameTests
{
    private int _lookups;

    [Theory]
    [InlineData("http://intranet.test/")]
    [InlineData("http://www.example/")]
    [InlineData("http://gone.invalid/")]
    [InlineData("http://printer.local/")]
    [InlineData("http://SHOUT.TEST./path")]
    [InlineData("http://例子.test/")]
    [InlineData("http://test/")]
    public async Task A_reserved_name_is_refused_without_a_lookup_even_when_private_addresses_are_allowed(string url)
    {
        using var fetcher = Create(allowPrivate: true);

        var result = await fetcher.FetchAsync(new Uri(url), CancellationToken.None);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Contains("保留域名", result.Detail, StringComparison.Ordinal);
        Assert.Equal(0, _lookups);
    }

    [Fact]
    public async Task A_redirect_to_a_reserved_name_is_refused_without_a_lookup()
    {
        await using var server = new LoopbackServer(_ => Reply.RedirectTo("http://internal.test/admin"));
        using var fetcher = Create(allowPrivate: true);

        var result = await fetcher.FetchAsync(server.Url(), CancellationToken.None);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Equal(new Uri("http://internal.test/admin"), result.FinalUrl);
        Assert.Equal(0, _lookups);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("app.localhost")]
    public async Task A_localhost_name_is_loopback_without_a_lookup_and_refused_by_default(string host)
    {
        await using var server = new LoopbackServer(_ => Reply.Html("secret"));
        using var fetcher = Create(allowPrivate: false);

        var result = await fetcher.FetchAsync(new Uri($"http://{host}:{server.Port}/"), CancellationToken.None);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Equal(0, server.Connections);
        Assert.Equal(0, _lookups);
    }

    [Fact]
    public async Task A_localhost_name_is_fetched_without_a_lookup_when_private_addresses_are_allowed()
    {
        await using var server = new LoopbackServer(_ => Reply.Html("<p>rsshub</p>"));
        using var fetcher = Create(allowPrivate: true);

        var result = await fetcher.FetchAsync(new Uri($"http://localhost:{server.Port}/"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(0, _lookups);
    }

    [Fact]
    public async Task An_ordinary_name_still_goes_to_the_resolver()
    {
        await using var server = new LoopbackServer(_ => Reply.Html("<p>site</p>"));
        using var fetcher = Create(allowPrivate: true);

        var result = await fetcher.FetchAsync(new Uri($"http://www.gd.gov.cn:{server.Port}/"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(1, _lookups);
    }

    // Nothing resolves an outside name: every lookup is answered with loopback, and counted.
    private PageFetcher Create(bool allowPrivate) => new(Fetchers.Options(allowPrivate), TimeProvider.System, null, (_, _) =>
    {
        Interlocked.Increment(ref _lookups);
        return Task.FromResult(new[] { IPAddress.Loopback });
    });
}
