using Media.Probes.Extractors;

namespace Media.Probes.Tests.Extractors;

public class WebsiteExtractorTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.FromHours(8));

    private static ProbeResult Extract(string html) => new WebsiteExtractor().Extract(new ProbeInput(html, null, Now));

    [Fact]
    public void Wanzai_page_gives_every_footer_identifier()
    {
        var result = Extract(FixturePages.Read("gov-wanzai-2022.html"));

        Assert.Equal(ProbeStatus.Ok, result.Status);
        var site = Assert.IsType<SiteIdentifiers>(result.Site);
        Assert.Equal("3609220011", site.SiteIdCode);
        Assert.Equal(new DateTimeOffset(2023, 8, 16, 10, 33, 59, TimeSpan.FromHours(8)), site.PubDate);
        Assert.Equal(TimeSpan.FromHours(8), site.PubDate!.Value.Offset);
        Assert.Equal("赣ICP备11002306号-1", site.Icp);
        Assert.Equal("赣公网安备 36092202000105号", site.PublicSecurity);
        Assert.True(site.Conac);
        Assert.True(site.Jiucuo);
    }

    [Fact]
    public void Wanzai_page_date_is_its_latest_post_and_the_site_name_its_account_name()
    {
        var result = Extract(FixturePages.Read("gov-wanzai-2022.html"));

        Assert.Equal(result.Site!.PubDate, result.LatestPostAt);
        Assert.Equal("万载县2022年国民经济和社会发展统计公报", Assert.Single(result.Posts).Title);
        Assert.Equal("万载县人民政府", result.AccountName);
    }

    [Fact]
    public void Identifiers_are_found_in_footer_text_when_meta_tags_are_missing()
    {
        const string html = """
            <html><body><div class="footer">网站标识码：4400000001&nbsp;粤ICP备05070829号
            <a href="http://www.beian.gov.cn/">粤公网安备&nbsp;&nbsp;44010402001234号</a>
            <a href="https://pucha.kaipuyun.cn/exposure/jiucuo.html?site_code=4400000001">我为政府网站找错</a></div></body></html>
            """;

        var site = Extract(html).Site!;

        Assert.Equal("4400000001", site.SiteIdCode);
        Assert.Equal("粤ICP备05070829号", site.Icp);
        Assert.Equal("粤公网安备 44010402001234号", site.PublicSecurity);
        Assert.True(site.Jiucuo);
        Assert.False(site.Conac);
        Assert.Null(site.PubDate);
    }

    [Fact]
    public void A_page_without_identifiers_reports_them_missing_not_an_error()
    {
        var result = Extract("<html><head><title>x</title></head><body>首页</body></html>");

        Assert.Equal(ProbeStatus.Ok, result.Status);
        Assert.Equal(new SiteIdentifiers(null, null, null, false, false, null), result.Site);
        Assert.Empty(result.Posts);
    }

    [Fact]
    public void A_short_firewall_page_is_blocked()
    {
        var result = Extract("<html><body><h1>您的访问被拦截</h1><p>网站防火墙</p></body></html>");

        Assert.Equal(ProbeStatus.Blocked, result.Status);
    }
}
