using System.Net;
using System.Net.Sockets;
using Media.Probes.Http;

namespace Media.Probes.Tests.Http;

/// <summary>
/// With <c>Probes:AllowPrivateAddresses</c> off, non-public destinations are refused before any packet
/// is sent. Only loopback servers are ever contacted; 10.0.0.1 and 169.254.169.254 are refused by the
/// literal-address check, before a socket exists.
/// </summary>
public class SsrfTests
{
    [Fact]
    public async Task Loopback_by_address_is_refused_without_connecting()
    {
        await using var server = new LoopbackServer(_ => Reply.Html("secret"));
        using var fetcher = Fetchers.Create(allowPrivate: false);

        var result = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{server.Port}/"), CancellationToken.None);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Null(result.Content);
        Assert.Equal(0, server.Connections);
    }

    [Theory]
    [InlineData("http://2130706433:{0}/")]
    [InlineData("http://0x7f000001:{0}/")]
    [InlineData("http://127.1:{0}/")]
    [InlineData("http://017700000001:{0}/")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/")]
    public async Task Obfuscated_spellings_of_loopback_are_refused_without_connecting(string template)
    {
        await using var server = new LoopbackServer(_ => Reply.Html("secret"));
        using var fetcher = Fetchers.Create(allowPrivate: false);

        var url = new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, server.Port));
        var result = await fetcher.FetchAsync(url, CancellationToken.None);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Equal(0, server.Connections);
    }

    [Theory]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://100.64.1.1/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://172.16.0.1/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[fd00::1]/")]
    [InlineData("http://[::ffff:10.0.0.1]/")]
    [InlineData("http://[::ffff:169.254.169.254]/")]
    public async Task Private_link_local_and_cgnat_addresses_are_refused_before_connecting(string url)
    {
        using var fetcher = Fetchers.Create(allowPrivate: false);

        var result = await fetcher.FetchAsync(new Uri(url), CancellationToken.None);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Contains("not a public address", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ipv6_loopback_is_refused_without_connecting()
    {
        await using var server = TryIpv6Server() ?? new LoopbackServer(_ => Reply.Html("secret"));
        using var fetcher = Fetchers.Create(allowPrivate: false);

        var result = await fetcher.FetchAsync(new Uri($"http://[::1]:{server.Port}/"), CancellationToken.None);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Equal(0, server.Connections);
    }

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_without_connecting()
    {
        await using var server = new LoopbackServer(_ => Reply.Html("secret"));
        using var fetcher = Fetchers.Create(allowPrivate: false);

        var result = await fetcher.FetchAsync(new Uri($"http://localhost:{server.Port}/"), CancellationToken.None);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Contains("localhost resolves to", result.Detail, StringComparison.Ordinal);
        Assert.Equal(0, server.Connections);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/x")]
    [InlineData("gopher://example.com/")]
    public async Task Only_http_and_https_are_fetched(string url)
    {
        using var fetcher = Fetchers.Create(allowPrivate: true);

        var result = await fetcher.FetchAsync(new Uri(url), CancellationToken.None);

        Assert.Equal(FetchFailure.Refused, result.Failure);
    }

    [Fact]
    public async Task With_the_switch_on_a_loopback_server_is_read()
    {
        await using var server = new LoopbackServer(_ => Reply.Html("<p>你好</p>"));
        using var fetcher = Fetchers.Create(allowPrivate: true);

        var result = await fetcher.FetchAsync(server.Url(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal("text/html", result.ContentType);
        Assert.Equal("<p>你好</p>", result.Content);
    }

    private static LoopbackServer? TryIpv6Server()
    {
        try
        {
            return new LoopbackServer(_ => Reply.Html("secret"), IPAddress.IPv6Loopback);
        }
        catch (SocketException)
        {
            return null; // no IPv6 on this machine: nothing listens on [::1], and the refusal is still checked
        }
    }
}
