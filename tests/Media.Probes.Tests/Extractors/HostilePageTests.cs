using System.Diagnostics;
using System.Text;
using Media.Probes.Extractors;
using Media.Probes.Http;

namespace Media.Probes.Tests.Extractors;

/// <summary>
/// Pages built to hurt the parser. A stack overflow would kill the whole test host (and, in production,
/// the silo), so merely finishing these tests is half the assertion.
/// </summary>
public class HostilePageTests
{
    private const int Nesting = 100_000;
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Now = new(2024, 6, 15, 10, 30, 0, TimeSpan.FromHours(8));

    public static TheoryData<string> DeepPages => new()
    {
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", Nesting)) + "x</body></html>",
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", Nesting)) + string.Concat(Enumerable.Repeat("</div>", Nesting)) + "</body></html>",
        "<html><body>" + string.Concat(Enumerable.Repeat("<span><b>", Nesting / 2)) + "</body></html>",
    };

    [Theory]
    [MemberData(nameof(DeepPages))]
    public void A_page_with_100000_nested_elements_is_rejected_quickly_without_overflowing_the_stack(string html)
    {
        var registry = ExtractorRegistry.CreateDefault(new Dictionary<string, GenericExtractorDefinition>
        {
            ["news"] = new("//li", "span", null, "a", "yyyy-MM-dd"),
        });
        var watch = Stopwatch.StartNew();

        foreach (var id in registry.Ids)
        {
            var result = registry.Get(id).Extract(new ProbeInput(html, null, Now));

            Assert.True(result.Status == ProbeStatus.Error, $"{id} gave {result.Status}: {result.Detail}");
        }

        Assert.True(watch.Elapsed < FewSeconds, $"took {watch.Elapsed}");
    }

    [Fact]
    public void Deeply_nested_json_is_an_error_not_a_crash()
    {
        var json = "{\"ok\":1,\"data\":" + new string('[', Nesting) + new string(']', Nesting) + "}";

        Assert.Equal(ProbeStatus.Error, new WeiboExtractor().Extract(new ProbeInput(json, null, Now)).Status);
        Assert.Equal(ProbeStatus.Error, new DouyinExtractor().Extract(new ProbeInput(json, null, Now)).Status);
    }

    [Fact]
    public void A_deeply_nested_feed_is_read_or_rejected_within_a_few_seconds()
    {
        var xml = "<rss><channel>" + string.Concat(Enumerable.Repeat("<x>", Nesting)) + string.Concat(Enumerable.Repeat("</x>", Nesting)) + "</channel></rss>";
        var watch = Stopwatch.StartNew();

        var result = new FeedExtractor().Extract(new ProbeInput(xml, null, Now));

        Assert.Empty(result.Posts);
        Assert.True(watch.Elapsed < FewSeconds, $"took {watch.Elapsed}");
    }

    [Fact]
    public void Pages_decoded_from_broken_bytes_never_throw()
    {
        var random = new Random(20240615);
        var registry = ExtractorRegistry.CreateDefault();
        for (var round = 0; round < 20; round++)
        {
            var bytes = new byte[4096];
            random.NextBytes(bytes);
            var prefix = Encoding.UTF8.GetBytes(round % 2 == 0 ? "<html><meta charset=\"gbk\"><body>" : "{\"ok\":1,\"data\":");
            var text = TextDecoder.Decode([.. prefix, .. bytes], round % 3 == 0 ? "utf-8" : null);

            foreach (var id in registry.Ids)
            {
                var result = registry.Get(id).Extract(new ProbeInput(text, null, Now));

                Assert.NotNull(result.Posts);
            }
        }
    }
}
