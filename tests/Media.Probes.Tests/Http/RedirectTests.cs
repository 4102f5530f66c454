using Media.Probes.Http;

namespace Media.Probes.Tests.Http;

public class RedirectTests
{
    /// <summary>/hop/3 → /hop/2 → /hop/1 → /hop/0, which answers; so /hop/n takes n redirects.</summary>
    private static Reply Chain(string path) =>
        path.StartsWith("/hop/", StringComparison.Ordinal) && int.Parse(path[5..], System.Globalization.CultureInfo.InvariantCulture) is var n and > 0
            ? Reply.RedirectTo($"/hop/{n - 1}")
            : Reply.Html($"arrived at {path}");

    [Fact]
    public async Task Three_redirects_are_followed_to_the_final_page()
    {
        await using var server = new LoopbackServer(Chain);
        using var fetcher = Fetchers.Create(allowPrivate: true);

        var result = await fetcher.FetchAsync(server.Url("/hop/3"), CancellationToken.None);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal("arrived at /hop/0", result.Content);
        Assert.Equal(server.Url("/hop/0"), result.FinalUrl);
    }

    [Fact]
    public async Task A_fourth_redirect_is_too_many()
    {
        await using var server = new LoopbackServer(Chain);
        using var fetcher = Fetchers.Create(allowPrivate: true);

        var result = await fetcher.FetchAsync(server.Url("/hop/4"), CancellationToken.None);

        Assert.Equal(FetchFailure.TooManyRedirects, result.Failure);
        Assert.Equal(4, server.Connections);
    }

    [Fact]
    public async Task The_allowed_first_hop_alone_is_read()
    {
        await using var first = new LoopbackServer(_ => Reply.Html("public page"));
        using var fetcher = Fetchers.Create(Fetchers.Options(allowPrivate: false), AddressPolicy.PublicOnly.AlsoAllowing(first.EndPoint));

        var result = await fetcher.FetchAsync(first.Url(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Detail);
    }

    [Fact]
    public async Task A_redirect_from_an_allowed_host_to_a_private_one_is_refused_without_connecting()
    {
        // The first server stands in for a public site (the policy admits exactly its endpoint); the
        // second is an internal service on another loopback port that the redirect tries to reach.
        await using var inner = new LoopbackServer(_ => Reply.Html("internal secret"));
        await using var first = new LoopbackServer(_ => Reply.RedirectTo(inner.Url("/admin").ToString()));
        using var fetcher = Fetchers.Create(Fetchers.Options(allowPrivate: false), AddressPolicy.PublicOnly.AlsoAllowing(first.EndPoint));

        var result = await fetcher.FetchAsync(first.Url(), CancellationToken.None);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Equal(1, first.Connections);
        Assert.Equal(0, inner.Connections);
    }

    [Theory]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/")]
    [InlineData("file:///etc/passwd")]
    public async Task A_redirect_to_a_private_address_or_another_scheme_is_refused(string target)
    {
        await using var first = new LoopbackServer(_ => Reply.RedirectTo(target));
        using var fetcher = Fetchers.Create(Fetchers.Options(allowPrivate: false), AddressPolicy.PublicOnly.AlsoAllowing(first.EndPoint));

        var result = await fetcher.FetchAsync(first.Url(), CancellationToken.None);

        Assert.Equal(FetchFailure.Refused, result.Failure);
    }

    [Fact]
    public async Task A_redirect_to_a_name_resolving_to_loopback_is_refused_without_connecting()
    {
        await using var inner = new LoopbackServer(_ => Reply.Html("internal secret"));
        await using var first = new LoopbackServer(_ => Reply.RedirectTo($"http://localhost:{inner.Port}/"));
        using var fetcher = Fetchers.Create(Fetchers.Options(allowPrivate: false), AddressPolicy.PublicOnly.AlsoAllowing(first.EndPoint));

        var result = await fetcher.FetchAsync(first.Url(), CancellationToken.None);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Equal(0, inner.Connections);
    }
}
