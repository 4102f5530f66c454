using Media.Domain.Websites;

namespace Media.Domain.Tests.Websites;

public sealed class ColumnsStaleRuleTests
{
    private static readonly DateTimeOffset TwentyDaysAgo = Site.At - TimeSpan.FromDays(20);

    private static SiteFacts With(params ColumnFacts[] columns) => Site.Clean with { Columns = columns };

    private static ColumnFacts[] News(int count, DateTimeOffset? newest, string prefix = "新闻") =>
        [.. Enumerable.Range(1, count).Select(i => Site.Column($"{prefix}{i}", ColumnCategories.News, newest))];

    [Fact]
    public void Six_news_columns_20_days_old_are_the_veto_naming_the_sub_rule_and_the_columns()
    {
        var finding = Site.Finding(Site.Judge(With(News(6, TwentyDaysAgo))), WebsiteRules.ColumnsStale);

        Assert.NotNull(finding);
        Assert.StartsWith("动态要闻类14天、通知公告类6个月未更新的栏目共6个（达到5个）", finding.Evidence, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 6), i => Assert.Contains($"新闻{i}（最新2026-11-13）", finding.Evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void Four_stale_news_columns_are_below_the_threshold()
    {
        var columns = News(4, TwentyDaysAgo).Concat(News(3, Site.At - TimeSpan.FromDays(13), "要闻")).ToArray();

        var judgement = Site.Judge(With(columns));

        Assert.Null(Site.Finding(judgement, WebsiteRules.ColumnsStale));
        Assert.DoesNotContain(WebsiteRules.ColumnsStale, judgement.NotObserved);
    }

    [Fact]
    public void Stale_news_and_notice_columns_count_together()
    {
        var sevenMonthsAgo = new DateTimeOffset(2026, 5, 3, 10, 0, 0, Site.Beijing);
        var columns = News(3, TwentyDaysAgo)
            .Append(Site.Column("通知公告", ColumnCategories.Notice, sevenMonthsAgo))
            .Append(Site.Column("政策文件", ColumnCategories.Notice, sevenMonthsAgo))
            .ToArray();

        var finding = Site.Finding(Site.Judge(With(columns)), WebsiteRules.ColumnsStale);

        Assert.NotNull(finding);
        Assert.Contains("通知公告（最新2026-05-03）", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_column_is_stale_six_calendar_months_after_its_newest_item_on_the_Beijing_clock()
    {
        var columns = News(4, TwentyDaysAgo).Append(Site.Column("通知公告", ColumnCategories.Notice, new DateTimeOffset(2026, 6, 3, 10, 0, 0, Site.Beijing))).ToArray();

        // 2026-06-03 10:00 + 6 months = 2026-12-03 10:00 Beijing, 183 days: neither 180 nor 182.5 days would say so.
        Assert.NotNull(Site.Finding(Site.Judge(With(columns), Site.At), WebsiteRules.ColumnsStale));
        Assert.Null(Site.Finding(Site.Judge(With(columns), Site.At - TimeSpan.FromMinutes(1)), WebsiteRules.ColumnsStale));
    }

    [Fact]
    public void Ten_stale_columns_of_any_dated_category_are_the_veto_and_nine_are_not()
    {
        var thirteenMonthsAgo = new DateTimeOffset(2025, 11, 1, 10, 0, 0, Site.Beijing);
        ColumnFacts[] plans = [.. Enumerable.Range(1, 6).Select(i => Site.Column($"规划计划{i}", ColumnCategories.Plan, thirteenMonthsAgo))];

        var ten = Site.Finding(Site.Judge(With([.. News(4, TwentyDaysAgo), .. plans])), WebsiteRules.ColumnsStale);
        var nine = Site.Finding(Site.Judge(With([.. News(4, TwentyDaysAgo), .. plans[..5]])), WebsiteRules.ColumnsStale);

        Assert.NotNull(ten);
        Assert.StartsWith("应更新而未更新的栏目共10个（达到10个）", ten.Evidence, StringComparison.Ordinal);
        Assert.Contains("规划计划6（最新2025-11-01）", ten.Evidence, StringComparison.Ordinal);
        Assert.Null(nine);
    }

    [Fact]
    public void A_plan_column_eleven_months_old_is_not_stale()
    {
        var elevenMonthsAgo = new DateTimeOffset(2026, 1, 3, 10, 0, 0, Site.Beijing);
        ColumnFacts[] plans = [.. Enumerable.Range(1, 6).Select(i => Site.Column($"人事{i}", ColumnCategories.Plan, elevenMonthsAgo))];

        Assert.Null(Site.Finding(Site.Judge(With([.. News(4, TwentyDaysAgo), .. plans])), WebsiteRules.ColumnsStale));
    }

    [Fact]
    public void Five_blank_columns_are_the_veto_naming_them_and_four_are_not()
    {
        ColumnFacts[] blank = [Site.Blank("专题专栏"), Site.Blank("人事信息", ColumnCategories.Plan), Site.Blank("统计数据"), Site.Blank("政策解读", ColumnCategories.Notice), Site.Blank("部门动态", ColumnCategories.News)];

        var five = Site.Finding(Site.Judge(With(blank)), WebsiteRules.ColumnsStale);
        var four = Site.Finding(Site.Judge(With(blank[..4])), WebsiteRules.ColumnsStale);

        Assert.NotNull(five);
        Assert.Equal("空白栏目共5个（达到5个）：专题专栏、人事信息、统计数据、政策解读、部门动态", five.Evidence);
        Assert.Null(four);
    }

    [Fact]
    public void A_column_whose_items_carry_no_date_counts_as_not_updated()
    {
        var finding = Site.Finding(Site.Judge(With(News(5, null))), WebsiteRules.ColumnsStale);

        Assert.NotNull(finding);
        Assert.Contains("新闻5（未注明发布时间）", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_never_read_are_not_judged()
    {
        var unread = News(2, TwentyDaysAgo, "未读").Select(c => c with { ReadAt = null });
        var someRead = Site.Judge(With([.. News(4, TwentyDaysAgo), .. unread]));
        var noneRead = Site.Judge(With([.. News(6, TwentyDaysAgo).Select(c => c with { ReadAt = null })]));

        Assert.Null(Site.Finding(someRead, WebsiteRules.ColumnsStale));
        Assert.Null(Site.Finding(noneRead, WebsiteRules.ColumnsStale));
        Assert.Contains(WebsiteRules.ColumnsStale, noneRead.NotObserved);
    }

    [Fact]
    public void Interaction_and_other_columns_are_never_stale_by_date()
    {
        ColumnFacts[] columns = [.. Enumerable.Range(1, 12).Select(i => Site.Column($"栏目{i}", i % 2 == 0 ? ColumnCategories.Other : ColumnCategories.Interaction, null))];

        Assert.Null(Site.Finding(Site.Judge(With(columns)), WebsiteRules.ColumnsStale));
    }
}
