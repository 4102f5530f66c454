using Media.Domain.Websites;

namespace Media.Domain.Tests.Websites;

public sealed class HomeStaleRuleTests
{
    private static SiteFacts HomeWith(SiteItem? newest) => Site.Clean with { HomeNewest = newest };

    [Fact]
    public void A_newest_item_15_days_old_is_the_veto_with_its_title_and_date()
    {
        var item = new SiteItem("关于开展安全生产大检查的通知", Site.At - TimeSpan.FromDays(15), "/tz/1.html");

        var finding = Site.Finding(Site.Judge(HomeWith(item)), WebsiteRules.HomeStale);

        Assert.NotNull(finding);
        Assert.Contains("《关于开展安全生产大检查的通知》", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("2026-11-18", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_exactly_14_days_old_is_stale_and_one_a_minute_younger_is_not()
    {
        var stale = new SiteItem("旧闻", Site.At - TimeSpan.FromDays(14), null);
        var fresh = new SiteItem("新闻", Site.At - TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1), null);

        Assert.NotNull(Site.Finding(Site.Judge(HomeWith(stale)), WebsiteRules.HomeStale));
        Assert.Null(Site.Finding(Site.Judge(HomeWith(fresh)), WebsiteRules.HomeStale));
    }

    [Fact]
    public void An_item_without_a_date_counts_as_not_updated()
    {
        var finding = Site.Finding(Site.Judge(HomeWith(new SiteItem("工作动态", null, null))), WebsiteRules.HomeStale);

        Assert.NotNull(finding);
        Assert.Contains("《工作动态》未注明发布时间", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_home_page_read_without_any_item_is_stale()
    {
        Assert.NotNull(Site.Finding(Site.Judge(HomeWith(null)), WebsiteRules.HomeStale));
    }

    [Fact]
    public void A_home_page_never_read_is_not_observed_and_not_a_finding()
    {
        var old = new SiteItem("旧闻", Site.At - TimeSpan.FromDays(100), null);

        var judgement = Site.Judge(HomeWith(old) with { HomeReadAt = null });

        Assert.Null(Site.Finding(judgement, WebsiteRules.HomeStale));
        Assert.Contains(WebsiteRules.HomeStale, judgement.NotObserved);
    }

    [Fact]
    public void A_navigation_home_page_is_judged_by_the_newest_dated_item_of_any_column()
    {
        var navigation = Site.Clean with { HomeNewest = null, HomeNavigationOnly = true };
        var oldColumns = navigation with
        {
            Columns =
            [
                Site.Column("工作动态", ColumnCategories.News, Site.At - TimeSpan.FromDays(20)),
                Site.Column("通知公告", ColumnCategories.Notice, Site.At - TimeSpan.FromDays(16)),
                Site.Column("领导信箱", ColumnCategories.Interaction, null),
            ],
        };
        var oneFresh = oldColumns with { Columns = [.. oldColumns.Columns, Site.Column("政策文件", ColumnCategories.Notice, Site.At - TimeSpan.FromDays(3))] };

        var finding = Site.Finding(Site.Judge(oldColumns), WebsiteRules.HomeStale);
        Assert.NotNull(finding);
        Assert.Contains("《通知公告最新信息》", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("2026-11-17", finding.Evidence, StringComparison.Ordinal);
        Assert.Null(Site.Finding(Site.Judge(oneFresh), WebsiteRules.HomeStale));
    }

    [Fact]
    public void A_navigation_home_page_without_any_column_read_is_not_observed()
    {
        var facts = Site.Clean with { HomeNewest = null, HomeNavigationOnly = true, Columns = [Site.Column("工作动态", ColumnCategories.News, null) with { ReadAt = null }] };

        var judgement = Site.Judge(facts);

        Assert.Null(Site.Finding(judgement, WebsiteRules.HomeStale));
        Assert.Contains(WebsiteRules.HomeStale, judgement.NotObserved);
    }
}
