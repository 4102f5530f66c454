using Media.Probes.Extractors;

namespace Media.Probes.Tests.Extractors;

public class GenericExtractorTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 15, 10, 30, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private const string Column = """
        <html><body><ul class="news-list">
          <li><a href="/xxgk/2024/0614/a1.html" title="全文">关于防汛的通知</a><span class="date">发布时间：2024-06-14</span></li>
          <li><a href="https://other.example/a2.html">县长调研</a><span class="date">2024-06-10</span></li>
          <li><a href="/a3.html">无日期条目</a><span class="date">置顶</span></li>
        </ul></body></html>
        """;

    private static readonly GenericExtractorDefinition NewsList = new(
        ItemXPath: "//ul[@class='news-list']/li",
        DateXPath: "span[@class='date']",
        TitleXPath: "a",
        LinkXPath: "a",
        DatePattern: "yyyy-MM-dd");

    private static ProbeResult Extract(GenericExtractorDefinition definition, string html) =>
        new GenericExtractor("county-news", definition)
            .Extract(new ProbeInput(html, new Uri("http://www.county.gov.cn/xxgk/index.html"), Now));

    [Fact]
    public void Items_are_read_by_xpath_and_dated_by_the_pattern_inside_their_text()
    {
        var result = Extract(NewsList, Column);

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Equal(2, result.Posts.Count);
        Assert.Equal("关于防汛的通知", result.Posts[0].Title);
        Assert.Equal("http://www.county.gov.cn/xxgk/2024/0614/a1.html", result.Posts[0].Url);
        Assert.Equal("https://other.example/a2.html", result.Posts[1].Url);
        Assert.Equal(new DateTimeOffset(2024, 6, 14, 0, 0, 0, Beijing), result.LatestPostAt);
        Assert.Contains("置顶", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_paths_and_chinese_date_patterns_work()
    {
        const string html = """
            <div class="item"><h3 title="通知一">通知</h3><a class="go" href="/n/1">更多</a><em>2024年6月3日 9:05</em></div>
            """;
        var definition = new GenericExtractorDefinition("//div[@class='item']", "em", "h3/@title", "a[@class='go']/@href", "yyyy年M月d日 H:mm");

        var post = Assert.Single(Extract(definition, html).Posts);

        Assert.Equal("通知一", post.Title);
        Assert.Equal("http://www.county.gov.cn/n/1", post.Url);
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 9, 5, 0, Beijing), post.PublishedAt);
    }

    [Fact]
    public void An_item_path_that_matches_nothing_is_an_error_not_silence()
    {
        var result = Extract(NewsList, "<html><body><p>改版后的页面</p></body></html>");

        Assert.Equal(ProbeStatus.Error, result.Status);
        Assert.Contains("matched nothing", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//ul[", "yyyy-MM-dd")]
    [InlineData("//li", "MM-dd")]
    [InlineData("//li", "yyyy-MM-dd yyyy")]
    public void Bad_definitions_fail_when_built(string itemXPath, string pattern) =>
        Assert.ThrowsAny<Exception>(() => new GenericExtractor("bad", NewsList with { ItemXPath = itemXPath, DatePattern = pattern }));

    [Fact]
    public void Definitions_load_from_a_json_file_and_register_as_generic_extractors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"extractors-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {
              // a county news column
              "county-news": {
                "itemXPath": "//ul[@class='news-list']/li",
                "dateXPath": "span[@class='date']",
                "titleXPath": "a",
                "linkXPath": "a",
                "datePattern": "yyyy-MM-dd"
              }
            }
            """);
        try
        {
            var definitions = GenericExtractorDefinitions.Load(path);
            var registry = ExtractorRegistry.CreateDefault(definitions);

            Assert.Equal(NewsList, definitions["county-news"]);
            Assert.True(registry.TryGet("generic:county-news", out var extractor));
            Assert.Equal(2, extractor.Extract(new ProbeInput(Column, null, Now)).Posts.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_definition_file_missing_a_required_path_fails_with_the_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"extractors-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "broken": { "itemXPath": "//li", "datePattern": "yyyy-MM-dd" } }""");
        try
        {
            var e = Assert.Throws<FormatException>(() => GenericExtractorDefinitions.Load(path));
            Assert.Contains("broken", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
