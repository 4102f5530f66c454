using Media.Cli.Tests.Infrastructure;

namespace Media.Cli.Tests.Probe;

/// <summary><c>media probe --url</c>: the guarded fetcher refuses private addresses unless told otherwise.</summary>
public sealed class ProbeUrlTests
{
    [Fact]
    public async Task A_loopback_url_without_allow_private_is_an_error_and_nothing_is_sent()
    {
        var run = await CliRun.RunAsync(["probe", "--platform", "wechat", "--url", "http://127.0.0.1:1/"]);

        Assert.Equal(1, run.ExitCode);
        var report = ProbeOutput.Parse(run);
        Assert.Equal("error", report.Status());
        Assert.Empty(report.Posts());
        Assert.Contains("127.0.0.1", report.Text("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_refused_private_address_never_receives_a_connection(string host)
    {
        var page = await ReadPageAsync();
        await using var server = new LoopbackServer(_ => new Reply(200, page));

        var run = await CliRun.RunAsync(["probe", "--platform", "wechat", "--url", $"http://{host}:{server.Port}/s?__biz=x"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error", ProbeOutput.Parse(run).Status());
        Assert.Equal(0, server.Connections);
    }

    [Fact]
    public async Task With_allow_private_a_loopback_page_is_fetched_and_extracted()
    {
        var page = await ReadPageAsync();
        await using var server = new LoopbackServer(_ => new Reply(200, page));

        var run = await CliRun.RunAsync(["probe", "--platform", "wechat", "--url", $"http://127.0.0.1:{server.Port}/s?__biz=x", "--allow-private"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = ProbeOutput.Parse(run);
        Assert.Equal("2018-03-19T05:30:00+08:00", report.Text("latestPostAt"));
        Assert.Equal(1, server.Connections);
    }

    private static Task<byte[]> ReadPageAsync() =>
        File.ReadAllBytesAsync(FixturePages.PathOf(FixturePages.MpVoice), TestContext.Current.CancellationToken);
}
