using System.Text;
using Media.Probes.Http;

namespace Media.Probes.Tests.Http;

public class TextDecoderTests
{
    private const string Chinese = "万载县人民政府门户网站";

    private static byte[] Gbk(string text) => TextDecoder.Gb18030.GetBytes(text);

    [Theory]
    [InlineData("gbk")]
    [InlineData("GB2312")]
    [InlineData("\"gb18030\"")]
    public void A_gbk_family_header_charset_is_honoured(string charset) =>
        Assert.Equal(Chinese, TextDecoder.Decode(Gbk(Chinese), charset));

    [Fact]
    public void A_meta_charset_is_used_when_the_header_has_none()
    {
        var page = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>{Chinese}</body></html>";

        Assert.Contains(Chinese, TextDecoder.Decode(Gbk(page), null), StringComparison.Ordinal);
    }

    [Fact]
    public void An_xml_declaration_names_the_encoding_of_a_feed()
    {
        var feed = $"<?xml version=\"1.0\" encoding=\"GBK\"?><rss><channel><title>{Chinese}</title></channel></rss>";

        Assert.Contains(Chinese, TextDecoder.Decode(Gbk(feed), null), StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_utf8_is_utf8_and_undeclared_gbk_falls_back_to_gb18030()
    {
        Assert.Equal(Chinese, TextDecoder.Decode(Encoding.UTF8.GetBytes(Chinese), null));
        Assert.Equal(Chinese, TextDecoder.Decode(Gbk(Chinese), null));
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_wrong_declaration() =>
        Assert.Equal(Chinese, TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Chinese)], "gbk"));

    [Theory]
    [InlineData("utf-8")]
    [InlineData("x-no-such-charset")]
    [InlineData(null)]
    public void Broken_bytes_never_throw(string? charset)
    {
        byte[] broken = [0x3C, 0x70, 0x3E, 0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82, 0x80, 0xF0, 0x9F, 0x3C];

        var text = TextDecoder.Decode(broken, charset);

        Assert.StartsWith("<p>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gbk_page_is_decoded_by_the_fetcher()
    {
        await using var server = new LoopbackServer(_ => new Reply(200, Gbk($"<p>{Chinese}</p>"), "text/html; charset=GBK"));
        using var fetcher = Fetchers.Create(allowPrivate: true);

        var result = await fetcher.FetchAsync(server.Url(), CancellationToken.None);

        Assert.Equal($"<p>{Chinese}</p>", result.Content);
    }
}
