using System.Text;
using Media.Cli.Tests.Infrastructure;

namespace Media.Cli.Tests.Probe;

/// <summary><c>--extractors DIR</c>: operator-defined extractors are probed as <c>generic:NAME</c>.</summary>
public sealed class GenericExtractorProbeTests : IDisposable
{
    private const string Definition = """
        {
          // A county news column: one <li> per article.
          "news": { "itemXPath": "//ul[@class='list']/li", "dateXPath": "span", "titleXPath": "a", "linkXPath": "a", "datePattern": "yyyy-MM-dd" }
        }
        """;

    private const string Page = """
        <html><head><meta charset="gbk"><title>政务公开</title></head><body>
        <ul class="list">
          <li><a href="/a/1.html">县政府常务会议召开</a><span>2024-05-06</span></li>
          <li><a href="/a/2.html">春耕生产通知</a><span>2024-04-28</span></li>
        </ul></body></html>
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("media-cli-probe-").FullName;

    [Fact]
    public async Task A_generic_extractor_from_the_folder_reads_a_gbk_saved_page()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "extractors"));
        await File.WriteAllTextAsync(Path.Combine(_dir, "extractors", "county.json"), Definition, TestContext.Current.CancellationToken);
        var page = Path.Combine(_dir, "news.html");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await File.WriteAllBytesAsync(page, Encoding.GetEncoding("GB18030").GetBytes(Page), TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(["probe", "--platform", "generic:news", "--file", page, "--extractors", Path.Combine(_dir, "extractors")]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = ProbeOutput.Parse(run);
        Assert.Equal("2024-05-06T00:00:00+08:00", report.Text("latestPostAt"));
        Assert.Equal(["县政府常务会议召开", "春耕生产通知"], report.Posts().Select(p => p.Text("title")));
        Assert.Equal(new Uri(new Uri(page), "/a/1.html").ToString(), report.Posts()[0].Text("url"));
    }

    [Fact]
    public async Task A_broken_definition_file_is_a_usage_error_naming_the_file()
    {
        var file = Path.Combine(_dir, "broken.json");
        await File.WriteAllTextAsync(file, """{ "news": { "itemXPath": "//li" } }""", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(["probe", "--platform", "wechat", "--file", FixturePages.PathOf(FixturePages.MpVoice), "--extractors", _dir]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("broken.json", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
