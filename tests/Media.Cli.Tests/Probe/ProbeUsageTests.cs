using Media.Cli.Tests.Infrastructure;

namespace Media.Cli.Tests.Probe;

/// <summary>Command lines <c>media probe</c> refuses: exit code 2, a message on stderr, nothing on stdout.</summary>
public sealed class ProbeUsageTests
{
    [Fact]
    public async Task An_unknown_platform_is_a_usage_error_that_lists_the_known_ids()
    {
        var run = await CliRun.RunAsync(["probe", "--platform", "kuaishou", "--file", FixturePages.PathOf(FixturePages.MpVoice)]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("kuaishou", run.Error, StringComparison.Ordinal);
        Assert.Contains("douyin, feed, website, wechat, weibo", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("probe")]
    [InlineData("probe", "--file", "page.html")]
    [InlineData("probe", "--platform", "wechat")]
    [InlineData("probe", "--platform", "wechat", "--file", "a.html", "--url", "https://example.cn/")]
    [InlineData("probe", "--platform", "wechat", "--url", "mp.weixin.qq.com/s/abc")]
    [InlineData("probe", "--platform", "wechat", "--url", "ftp://example.cn/")]
    [InlineData("probe", "--platform", "wechat", "--file", "a.html", "--allow-private")]
    [InlineData("probe", "--platform", "wechat", "--file", "a.html", "extra")]
    [InlineData("probe", "--platform", "wechat", "--file", "/no/such/page.html")]
    [InlineData("probe", "--platform", "wechat", "--file", "a.html", "--extractors", "/no/such/folder")]
    [InlineData("probe", "--platform", "generic:news", "--file", "a.html")]
    public async Task Wrong_command_lines_exit_with_2_and_print_no_json(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith("错误：", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_probe_command_has_help_and_is_listed_in_the_top_level_help()
    {
        var help = await CliRun.RunAsync(["probe", "--help"]);
        var main = await CliRun.RunAsync(["--help"]);

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--allow-private", help.Out, StringComparison.Ordinal);
        Assert.Contains("media probe --platform", main.Out, StringComparison.Ordinal);
    }
}
