using Media.Domain.Time;
using Media.Domain.Websites;
using Media.Grains.Probing;

namespace Media.Silo.Tests.Websites.Probing;

/// <summary>
/// The content probe of a website against a small government site on loopback, through the silo's own fetcher.
/// The tests that read a page need <c>SitePageReader.Read</c> (issue 19, another part of the work).
/// </summary>
public sealed class SiteProberTests(NetworkUpSilo fixture) : IClassFixture<NetworkUpSilo>
{
    private static readonly DateTimeOffset Now = WebsiteProbeSilo.Now;

    private LoopbackServer Site => fixture.Site;

    private ISiteProber Prober => fixture.Get<ISiteProber>();

    [Fact]
    public async Task The_probe_reads_the_home_page_its_navigation_and_the_filed_columns_up_to_the_bound()
    {
        var record = GovSite.Record(Site.Url("/").ToString(),
            [.. GovSite.FiledColumns, GovSite.Column("通知公告", "/tzgg/", ColumnCategories.Notice)]);

        var report = await Prober.ProbeAsync(record, TestContext.Current.CancellationToken);

        Assert.NotNull(report);
        Assert.Equal(("ok", null, Now), (report.Status, report.Detail, report.ProbedAt));
        Assert.Equal("县政府召开第三十次常务会议", report.HomeNewest?.Title);
        Assert.Equal(new DateOnly(2026, 11, 25), BeijingTime.DateOf(report.HomeNewest!.PublishedAt!.Value));
        Assert.False(report.HomeNavigationOnly);
        Assert.Equal(("3609220011", true), (report.Footer?.SiteIdCode, report.Footer!.SiteMap));

        // Discovered columns carry the category their name suggests, and wait for a supervisor to confirm them.
        var navigation = report.Navigation.ToDictionary(c => c.Name);
        Assert.Equal(ColumnCategories.News, navigation["政务动态"].Category);
        Assert.Equal(ColumnCategories.Notice, navigation["通知公告"].Category);
        Assert.Equal(ColumnCategories.Plan, navigation["规划计划"].Category);
        Assert.Equal(ColumnCategories.Interaction, navigation["咨询信箱"].Category);
        Assert.EndsWith("/xwdt/", navigation["政务动态"].Url, StringComparison.Ordinal);
        Assert.All(report.Navigation, c => Assert.False(c.Confirmed));

        // Three columns at most (the configured bound): the fourth filed one is not read this time.
        Assert.Equal(["/xwdt/", "/ghjh/", "/zxzx/"], report.Columns.Select(c => c.Url));
        var news = report.Columns[0];
        Assert.Equal(("ok", 3, "县政府召开第三十次常务会议"), (news.Status, news.ItemCount, news.Newest?.Title));
        Assert.Equal(("not-found", 0), (report.Columns[1].Status, report.Columns[1].ItemCount));
        var questions = report.Columns[2].Questions;
        Assert.Equal(2, questions.Length);
        Assert.All(questions, q => Assert.NotNull(q.AnsweredAt));
    }

    [Fact]
    public async Task The_real_county_home_page_gives_its_footer_identifiers()
    {
        var report = await Prober.ProbeAsync(GovSite.Record(Site.Url("/wanzai/").ToString()), TestContext.Current.CancellationToken);

        Assert.Equal(("ok", null), (report?.Status, report?.Detail));
        var footer = report!.Footer!;
        Assert.Equal("3609220011", footer.SiteIdCode);
        Assert.Contains("赣ICP备11002306号", footer.Icp, StringComparison.Ordinal);
        Assert.Contains("36092202000105", footer.PublicSecurity, StringComparison.Ordinal);
        Assert.True(footer.Conac && footer.Jiucuo);
        Assert.Empty(report.Columns);
    }

    [Fact]
    public async Task A_home_page_that_is_gone_is_reported_as_such_and_no_column_is_fetched()
    {
        var record = GovSite.Record(Site.Url("/gone/").ToString(), [.. GovSite.FiledColumns]);
        var connections = Site.Connections;

        var report = await Prober.ProbeAsync(record, TestContext.Current.CancellationToken);

        Assert.Equal(("not-found", "HTTP 404"), (report?.Status, report?.Detail));
        Assert.Null(report!.Footer);
        Assert.Empty(report.Columns);
        Assert.Equal(connections + 1, Site.Connections);
    }

    [Fact]
    public async Task A_record_that_is_not_a_website_has_nothing_to_probe()
    {
        var account = GovSite.Record(Site.Url("/").ToString()) with { Platform = "weibo", Website = null };
        var connections = Site.Connections;

        Assert.Null(await Prober.ProbeAsync(account, TestContext.Current.CancellationToken));
        Assert.Equal(connections, Site.Connections);
    }
}
