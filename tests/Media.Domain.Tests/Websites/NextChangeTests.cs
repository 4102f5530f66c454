using Media.Domain.Websites;

namespace Media.Domain.Tests.Websites;

public sealed class NextChangeTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    /// <summary>What the sweep cares about: which rules hold and which cannot be judged.</summary>
    private static string Verdict(SiteFacts facts, DateTimeOffset at)
    {
        var judgement = Site.Judge(facts, at);
        return string.Join(",", judgement.Findings.Select(f => f.Rule)) + "|" + string.Join(",", judgement.NotObserved);
    }

    /// <summary>Nothing changes from <paramref name="at"/> until one second before NextChangeAt, and something changes at it.</summary>
    private static DateTimeOffset AssertExact(SiteFacts facts, DateTimeOffset at)
    {
        var next = Site.Judge(facts, at).NextChangeAt;
        Assert.NotNull(next);
        Assert.True(next > at, $"NextChangeAt {next} is not after {at}");
        Assert.Equal(Verdict(facts, at), Verdict(facts, next.Value - OneSecond));
        Assert.NotEqual(Verdict(facts, at), Verdict(facts, next.Value));
        return next.Value;
    }

    [Fact]
    public void A_fresh_home_page_wakes_the_site_exactly_14_days_after_its_newest_item()
    {
        var published = Site.At - TimeSpan.FromDays(3);
        var facts = Site.HomeOnly(new SiteItem("县政府常务会议", published, null));

        var next = AssertExact(facts, Site.At);

        Assert.Equal(published + TimeSpan.FromDays(14), next);
        Assert.Null(Site.Finding(Site.Judge(facts, next - OneSecond), WebsiteRules.HomeStale));
        Assert.NotNull(Site.Finding(Site.Judge(facts, next), WebsiteRules.HomeStale));
    }

    [Fact]
    public void A_stale_home_page_and_an_incomplete_footer_never_change_by_time_alone()
    {
        var facts = Site.HomeOnly(new SiteItem("旧闻", Site.At - TimeSpan.FromDays(30), null)) with { Footer = Site.Footer with { SiteMap = false } };

        Assert.Null(Site.Judge(facts).NextChangeAt);
    }

    [Fact]
    public void Old_failures_leaving_the_window_clear_the_unreachable_veto_when_the_first_one_ages_out()
    {
        var facts = Site.HomeOnly(null) with { Checks = Site.Checks(140, failures: 7, oldestFail: true) };
        Assert.NotNull(Site.Finding(Site.Judge(facts), WebsiteRules.Unreachable));

        var next = AssertExact(facts, Site.At);

        // The oldest check was made 139 × 72 min before the check time and leaves 7 days after it was made.
        Assert.Equal(Site.At - (TimeSpan.FromMinutes(72) * 139) + TimeSpan.FromDays(7), next);
    }

    [Fact]
    public void Recent_failures_hold_the_veto_until_too_few_checks_remain_to_judge()
    {
        var facts = Site.HomeOnly(null) with { Checks = Site.Checks(140, failures: 7) };

        var next = AssertExact(facts, Site.At);

        Assert.Contains(WebsiteRules.Unreachable, Site.Judge(facts, next).NotObserved);
    }

    [Fact]
    public void The_fifth_news_column_going_stale_is_the_next_change()
    {
        var fifth = Site.At - TimeSpan.FromDays(10);
        ColumnFacts[] columns =
        [
            .. Enumerable.Range(1, 4).Select(i => Site.Column($"新闻{i}", ColumnCategories.News, Site.At - TimeSpan.FromDays(20))),
            Site.Column("要闻", ColumnCategories.News, fifth),
            Site.Column("动态", ColumnCategories.News, Site.At - TimeSpan.FromDays(1)),
        ];
        var facts = Site.HomeOnly(null) with { HomeReadAt = null, Columns = columns };

        Assert.Equal(fifth + TimeSpan.FromDays(14), AssertExact(facts, Site.At));
    }

    [Fact]
    public void A_question_crossing_three_calendar_months_is_the_next_change()
    {
        var asked = new DateTimeOffset(2026, 10, 31, 9, 0, 0, Site.Beijing);
        var facts = Site.HomeOnly(null) with { HomeReadAt = null, ConsultationWorks = true, Questions = [new QuestionFact("停车收费", asked, null)] };

        // 2026-10-31 + 3 months is clamped to 2027-01-31 on the calendar.
        Assert.Equal(new DateTimeOffset(2027, 1, 31, 9, 0, 0, Site.Beijing), AssertExact(facts, Site.At));
    }

    [Fact]
    public void Following_every_wake_for_a_year_never_misses_a_change_in_between()
    {
        var facts = Site.Clean with
        {
            HomeNewest = new SiteItem("政务动态", Site.At - TimeSpan.FromDays(5), null),
            Columns =
            [
                .. Enumerable.Range(1, 4).Select(i => Site.Column($"新闻{i}", ColumnCategories.News, Site.At - TimeSpan.FromDays(i * 4))),
                Site.Column("通知公告", ColumnCategories.Notice, Site.At - TimeSpan.FromDays(150)),
                .. Enumerable.Range(1, 5).Select(i => Site.Column($"规划{i}", ColumnCategories.Plan, Site.At - TimeSpan.FromDays(300 + (i * 9)))),
            ],
            Checks = Site.Checks(140, failures: 9, oldestFail: true),
            Questions = [new QuestionFact("供暖咨询", Site.At - TimeSpan.FromDays(60), null), new QuestionFact("户籍", Site.At - TimeSpan.FromDays(300), Site.At - TimeSpan.FromDays(150))],
        };

        var at = Site.At;
        var wakes = 0;
        while (Site.Judge(facts, at).NextChangeAt is { } next && next < Site.At + TimeSpan.FromDays(400))
        {
            var verdict = Verdict(facts, at);
            for (var t = at; t < next; t += TimeSpan.FromHours(6))
            {
                Assert.Equal(verdict, Verdict(facts, t));
            }

            Assert.Equal(verdict, Verdict(facts, next - OneSecond));
            at = next;
            wakes++;
        }

        // Home, unreachable, news, notice, plan and question changes: a handful of wakes, not one per check.
        Assert.InRange(wakes, 5, 40);
    }
}
