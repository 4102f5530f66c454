using Media.Probes.Sites;

namespace Media.Probes.Tests.Sites;

/// <summary>Real government pages (tests/fixtures/README.md names their sources and the values read off them by hand).</summary>
public class SavedSitePageTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, Beijing);

    private static SitePage Read(string file, string url) => SitePageReader.Read(FixturePages.Read(file), new Uri(url), Now);

    [Fact]
    public void Handan_disclosure_home_page_gives_its_identifiers_and_newest_item()
    {
        var page = Read(FixturePages.GovHandan, "http://hdzfxxgk.hd.gov.cn/");

        Assert.Equal(new SiteIdentifiers("1304000009", "冀ICP备05029117号-1", "冀公网安备 13042002000523号", Conac: true, Jiucuo: true, PubDate: null), page.Identifiers);
        Assert.True(page.SiteMap);
        var newest = Assert.IsType<SiteListItem>(page.Newest);
        Assert.Equal("邯郸市教育局关于印发《全市教育系统安全专项整治三年行动实施方案》的通知", newest.Title);
        Assert.Equal(new DateTimeOffset(2020, 8, 2, 0, 0, 0, Beijing), newest.PublishedAt);
        Assert.Equal("http://hdzfxxgk.hd.gov.cn/gszbm/auto23716/202008/t20200802_1352104.html", newest.Url);
        Assert.Same(newest, page.Items[0]);
        Assert.False(page.NavigationOnly);
    }

    [Fact]
    public void Handan_page_has_five_dated_lists_each_tab_counted_as_its_own_list()
    {
        var page = Read(FixturePages.GovHandan, "http://hdzfxxgk.hd.gov.cn/");

        // 近期信息公开, then the four tabs 市政府文件, 市政府办公室文件, 市政府令, 修订废止 (hidden tabs are published too).
        var dated = page.Lists!.Where(l => l.Items.Any(i => i.PublishedAt is not null)).ToList();
        Assert.Equal([13, 12, 12, 12, 12], dated.Select(l => l.Items.Count));
        Assert.All(dated, l => Assert.All(l.Items, i => Assert.NotNull(i.PublishedAt)));
        Assert.Equal(
            [new(2020, 8, 2), new(2020, 7, 29), new(2020, 7, 27), new(2020, 1, 23), new(2020, 4, 24)],
            dated.Select(l => DateOnly.FromDateTime(l.Items.Max(i => i.PublishedAt)!.Value.DateTime)));
        Assert.Equal(new DateOnly(2020, 7, 15), DateOnly.FromDateTime(dated[0].Items.Min(i => i.PublishedAt)!.Value.DateTime));
    }

    [Fact]
    public void Handan_column_links_are_its_navigation()
    {
        var page = Read(FixturePages.GovHandan, "http://hdzfxxgk.hd.gov.cn/");

        Assert.Equal(8, page.Navigation.Count);
        Assert.Equal(new SiteLink("政府信息公开指南", "http://hdzfxxgk.hd.gov.cn/zfxxgkzn/"), page.Navigation[0]);
        Assert.Contains(new SiteLink("市政府部门信息公开", "http://hdzfxxgk.hd.gov.cn/gszbm/"), page.Navigation);
    }

    [Fact]
    public void Weifang_exam_centre_home_page_gives_its_identifiers_newest_item_and_menu()
    {
        var page = Read(FixturePages.GovWeifang, "http://www.wfrsks.com/");

        // No 网站标识码 text or meta: the code comes from the 找错 script; the conac badge is written by a script.
        Assert.Equal(new SiteIdentifiers("3707000004", "鲁ICP备05027865号", PublicSecurity: null, Conac: true, Jiucuo: true, PubDate: null), page.Identifiers);
        Assert.False(page.SiteMap);
        var newest = Assert.IsType<SiteListItem>(page.Newest);
        // Out of order in its list (其他信息), after a January item: the newest is found, not the first.
        Assert.Equal("德信劳务派遣公司招聘简章", newest.Title);
        Assert.Equal(new DateTimeOffset(2018, 3, 19, 0, 0, 0, Beijing), newest.PublishedAt);
        // 49 printed dates, and one read from a document's address (/Upload/doc/2015/7/8/…) in 人事考试须知.
        Assert.Equal(50, page.Items.Count(i => i.PublishedAt is not null));
        Assert.Equal(
            ["中心概况", "业务简介", "文件查询", "考试计划", "网上报名", "准考证打印", "曝光台", "证书查询"],
            page.Navigation.Select(l => l.Name));
        Assert.Equal("http://www.wfrsks.com/Home/LRContent/100100", page.Navigation[0].Url);
        Assert.False(page.NavigationOnly);
    }

    [Fact]
    public void Weifang_titles_cut_short_on_the_page_are_read_whole_from_the_link_title()
    {
        var page = Read(FixturePages.GovWeifang, "http://www.wfrsks.com/");

        Assert.Contains(page.Items, i => i.Title == "关于全国一、二级注册建筑师资格考试延长报名时间的通知"
            && i.PublishedAt == new DateTimeOffset(2018, 3, 14, 0, 0, 0, Beijing));
        Assert.DoesNotContain(page.Items, i => i.Title.EndsWith("...", StringComparison.Ordinal));
    }

    [Fact]
    public void Wanzai_article_page_is_its_own_newest_item_by_its_PubDate()
    {
        var page = Read(FixturePages.GovWanzai, "http://www.wanzai.gov.cn/wzxrmzf/tjsja/202305/7215380191c5400397df5d7d0b5fd06b.shtml");

        Assert.Equal("3609220011", page.Identifiers.SiteIdCode);
        Assert.Equal("赣ICP备11002306号-1", page.Identifiers.Icp);
        Assert.Equal("赣公网安备 36092202000105号", page.Identifiers.PublicSecurity);
        Assert.True(page.Identifiers.Conac);
        Assert.True(page.Identifiers.Jiucuo);
        Assert.True(page.SiteMap);
        var newest = Assert.IsType<SiteListItem>(page.Newest);
        Assert.Equal("万载县2022年国民经济和社会发展统计公报", newest.Title);
        Assert.Equal(new DateTimeOffset(2023, 8, 16, 10, 33, 59, Beijing), newest.PublishedAt);
        // Its one related article (关联稿件) is a dated item too.
        Assert.Contains(page.Items, i => i.Title == "图文解读：《万载县2022年国民经济和社会发展统计公报》"
            && i.PublishedAt == new DateTimeOffset(2023, 7, 12, 0, 0, 0, Beijing));
    }
}
