using System.IO.Compression;
using Media.Probes.Http;

namespace Media.Probes.Tests.Http;

public class SizeAndTimeTests
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_ten_megabyte_page_is_cut_off_at_the_cap(bool chunked)
    {
        // Chunked bodies exercise the read loop; a Content-Length is refused before reading.
        await using var server = new LoopbackServer(_ => new Reply(200, new byte[TenMegabytes], Chunked: chunked));
        using var fetcher = Fetchers.Create(allowPrivate: true);

        var result = await fetcher.FetchAsync(server.Url(), CancellationToken.None);

        Assert.Equal(FetchFailure.TooLarge, result.Failure);
        Assert.Null(result.Content);
        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public async Task A_small_gzip_body_that_inflates_past_the_cap_is_cut_off()
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            await gzip.WriteAsync(new byte[TenMegabytes]);
        }

        await using var server = new LoopbackServer(_ => new Reply(200, compressed.ToArray(), ContentEncoding: "gzip"));
        using var fetcher = Fetchers.Create(allowPrivate: true);

        var result = await fetcher.FetchAsync(server.Url(), CancellationToken.None);

        Assert.True(compressed.Length < 100_000, "the bomb itself is small");
        Assert.Equal(FetchFailure.TooLarge, result.Failure);
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public async Task The_cap_is_inclusive(int size, bool succeeds)
    {
        await using var server = new LoopbackServer(_ => new Reply(200, new byte[size], Chunked: true));
        using var fetcher = Fetchers.Create(Fetchers.Options(allowPrivate: true) with { MaxBytes = 1000 });

        var result = await fetcher.FetchAsync(server.Url(), CancellationToken.None);

        Assert.Equal(succeeds, result.Succeeded);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out()
    {
        await using var server = new LoopbackServer(_ => new Reply(200, [], Hang: true));
        using var fetcher = Fetchers.Create(Fetchers.Options(allowPrivate: true) with { Timeout = TimeSpan.FromMilliseconds(300) });

        var result = await fetcher.FetchAsync(server.Url(), CancellationToken.None);

        Assert.Equal(FetchFailure.Timeout, result.Failure);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_reported_as_a_timeout()
    {
        await using var server = new LoopbackServer(_ => new Reply(200, [], Hang: true));
        using var fetcher = Fetchers.Create(allowPrivate: true);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(server.Url(), cancel.Token));
    }

    [Fact]
    public async Task A_closed_port_is_a_network_error()
    {
        int port;
        await using (var server = new LoopbackServer(_ => Reply.Html("")))
        {
            port = server.Port;
        }

        using var fetcher = Fetchers.Create(allowPrivate: true);

        var result = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/"), CancellationToken.None);

        Assert.Equal(FetchFailure.NetworkError, result.Failure);
    }

    [Fact]
    public void Nonsense_options_are_reported_all_at_once()
    {
        var options = new ProbeOptions { MaxBytes = 0, Timeout = TimeSpan.Zero, MaxRedirects = -1, UserAgent = " " };

        Assert.Equal(4, options.Validate().Count);
        Assert.Throws<ArgumentException>(() => new PageFetcher(options, TimeProvider.System));
    }
}
