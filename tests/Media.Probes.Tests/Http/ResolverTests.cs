using System.Net;
using System.Net.Sockets;
using Media.Probes.Http;

namespace Media.Probes.Tests.Http;

/// <summary>
/// The fetcher resolves through its resolver seam and tells a resolver that did not answer (Media's own trouble) from
/// an answer that the name does not exist (the site's). The resolvers here stand for the system's; nothing outside
/// is asked.
/// </summary>
public class ResolverTests
{
    [Theory]
    [InlineData(SocketError.TryAgain)]
    [InlineData(SocketError.NoRecovery)]
    public async Task A_resolver_that_does_not_answer_is_reported_as_resolver_down(SocketError error)
    {
        await using var server = new LoopbackServer(_ => Reply.Html("up"));
        using var fetcher = Fetchers.Create(Fetchers.Options(allowPrivate: true), resolver: new Failing(error));

        var result = await fetcher.FetchAsync(new Uri($"http://www.yangli.gov.cn:{server.Port}/"), CancellationToken.None);

        Assert.Equal(FetchFailure.ResolverDown, result.Failure);
        Assert.Contains("www.yangli.gov.cn", result.Detail, StringComparison.Ordinal);
        Assert.Equal(0, server.Connections);
    }

    [Fact]
    public async Task A_name_that_does_not_exist_is_a_network_error_of_the_site()
    {
        using var fetcher = Fetchers.Create(Fetchers.Options(allowPrivate: true), resolver: new Failing(SocketError.HostNotFound));

        var result = await fetcher.FetchAsync(new Uri("http://www.nosuch.gov.cn/"), CancellationToken.None);

        Assert.Equal(FetchFailure.NetworkError, result.Failure);
    }

    [Fact]
    public async Task The_resolver_given_is_the_one_the_fetcher_connects_by()
    {
        await using var server = new LoopbackServer(_ => Reply.Html("县政府"));
        using var fetcher = Fetchers.Create(Fetchers.Options(allowPrivate: true), resolver: new ToLoopback());

        var result = await fetcher.FetchAsync(new Uri($"http://www.yangli.gov.cn:{server.Port}/"), CancellationToken.None);

        Assert.Equal((FetchFailure.None, 200, "县政府"), (result.Failure, result.StatusCode, result.Content));
    }

    private sealed class Failing(SocketError error) : INameResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => Task.FromException<IPAddress[]>(new SocketException((int)error));
    }

    private sealed class ToLoopback : INameResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => Task.FromResult<IPAddress[]>([IPAddress.Loopback]);
    }
}
