using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Websites;
using Media.Domain.Monitoring;
using Media.Domain.Websites;
using Media.Grains.Accounts;
using Media.Grains.Websites;
using static Media.Grains.Tests.Accounts.TestAccounts;
using static Media.Grains.Tests.Websites.TestWebsites;

namespace Media.Grains.Tests.Websites;

/// <summary>What a website's state keeps of its checks and probes, and what it hands the judge (SPEC §3.6).</summary>
public sealed class WebsiteMonitorTests
{
    private static readonly DateTimeOffset Now = Beijing(2026, 11, 26, 10);

    [Fact]
    public void Checks_are_kept_once_per_instant_whatever_the_offset_and_those_older_than_eight_days_go()
    {
        var state = State();
        var monitor = Monitor(state);
        var at = Beijing(2026, 11, 25, 9);

        var first = monitor.TakeChecks([new SiteCheck(at, true, 120, "push"), new SiteCheck(Now - TimeSpan.FromDays(9), false, null, "push")], Now);
        var again = monitor.TakeChecks([new SiteCheck(at.ToUniversalTime(), false, 200, "probe"), new SiteCheck(at + TimeSpan.FromHours(1), false, null, "push")], Now);

        Assert.Equal((2, 0), (first.Accepted, first.Duplicates));
        Assert.Equal((1, 1), (again.Accepted, again.Duplicates));
        Assert.Equal([(at, true), (at + TimeSpan.FromHours(1), false)], state.Site!.Checks.Select(c => (c.At, c.Ok)));
    }

    [Fact]
    public void Availability_counts_each_Beijing_day_of_the_last_week_and_shows_gaps_apart_from_failures()
    {
        var state = State();
        var monitor = Monitor(state);
        monitor.TakeChecks(
        [
            new SiteCheck(Beijing(2026, 11, 25, 23, 59), false, null, "probe"),
            new SiteCheck(Beijing(2026, 11, 26, 0, 0), true, 90, "probe"),
            new SiteCheck(Beijing(2026, 11, 26, 1, 0), false, null, "probe", Gap: true),
            new SiteCheck(Beijing(2026, 11, 19, 12, 0), false, null, "push"),
        ], Now);

        var days = monitor.Availability(Now);

        Assert.Equal(7, days.Length);
        Assert.Equal(new SiteAvailabilityDay(new DateOnly(2026, 11, 20), 0, 0, 0), days[0]);
        Assert.Equal(new SiteAvailabilityDay(new DateOnly(2026, 11, 25), 1, 1, 0), days[5]);
        Assert.Equal(new SiteAvailabilityDay(new DateOnly(2026, 11, 26), 1, 0, 1), days[6]);
    }

    [Fact]
    public void A_failed_column_read_keeps_the_last_good_reading_and_notes_the_failure()
    {
        var state = State();
        var monitor = Monitor(state);
        var newest = new SiteItemRecord("区政府召开常务会议", Beijing(2026, 11, 20), News + "1.html");
        monitor.TakeProbe(Probe(Beijing(2026, 11, 24), columns: Reading(News, newest: newest)), Beijing(2026, 11, 24));

        monitor.TakeProbe(Probe(Beijing(2026, 11, 25), "error", columns: Reading(News, "error", items: 0)), Beijing(2026, 11, 25));

        var seen = state.Site!.Columns[News];
        Assert.Equal((Beijing(2026, 11, 24), 20, newest), (seen.ReadAt, seen.ItemCount, seen.Newest));
        Assert.Equal(("error", Beijing(2026, 11, 25)), (seen.LastStatus, seen.LastTriedAt));
        // The failed home read changed nothing of the home facts.
        Assert.Equal(Beijing(2026, 11, 24), state.Site.HomeReadAt);
    }

    [Fact]
    public void Navigation_columns_not_filed_are_discovered_unconfirmed_and_readings_of_unknown_columns_are_dropped()
    {
        var state = State();
        var monitor = Monitor(state);
        const string notices = "https://www.gz.example.cn/tzgg/";

        monitor.TakeProbe(Probe(Now, navigation:
            [new WebsiteColumn("工作动态", News, ColumnCategories.Other, false), new WebsiteColumn("通知公告", notices, ColumnCategories.Notice, true)],
            columns: [Reading(News), Reading("https://elsewhere.example.cn/")]), Now);

        Assert.Equal([new WebsiteColumn("通知公告", notices, ColumnCategories.Notice, false)], state.Site!.Discovered);
        Assert.Equal([News], state.Site.Columns.Keys);
    }

    [Fact]
    public void Confirming_columns_makes_them_filed_and_removes_them_from_the_discovered()
    {
        var state = State();
        var monitor = Monitor(state);
        const string notices = "https://www.gz.example.cn/tzgg/";
        monitor.TakeProbe(Probe(Now, navigation: [new WebsiteColumn("通知公告", notices, ColumnCategories.Notice, false)]), Now);

        var record = monitor.SetColumns([new WebsiteColumn("通知公告", notices, ColumnCategories.Notice, false)]);

        Assert.Equal([new WebsiteColumn("通知公告", notices, ColumnCategories.Notice, true)], record.Website!.Columns);
        Assert.False(record.Profile.Interaction);
        Assert.Empty(state.Site!.Discovered);
    }

    [Fact]
    public void The_judge_gets_filed_columns_only_checks_without_gaps_and_the_consultation_column_questions()
    {
        var state = State(AccountStatus.Active,
            new WebsiteColumn("工作动态", News, ColumnCategories.News, true),
            new WebsiteColumn("书记信箱", Mailbox, ColumnCategories.Interaction, true));
        var monitor = Monitor(state);
        var question = new SiteQuestionRecord("小区噪音扰民", Beijing(2026, 6, 1), null);
        monitor.TakeProbe(Probe(Now, navigation: [new WebsiteColumn("专题", "https://www.gz.example.cn/zt/", ColumnCategories.Other, false)],
            columns: [Reading(Mailbox, items: 3, questions: [question])]), Now);
        monitor.TakeChecks([new SiteCheck(Now, true, 50, "probe"), new SiteCheck(Now - TimeSpan.FromHours(1), false, null, "probe", Gap: true)], Now);

        var facts = monitor.Facts();

        Assert.Equal(["工作动态", "书记信箱"], facts.Columns.Select(c => c.Name));
        Assert.Null(facts.Columns[0].ReadAt);
        Assert.Equal([new SiteCheckFact(Now, true)], facts.Checks);
        Assert.True(facts.ConsultationWorks);
        Assert.Equal([new QuestionFact("小区噪音扰民", Beijing(2026, 6, 1), null)], facts.Questions);
        Assert.Equal(new FooterFacts("4401040001", null, null, true, true, true), facts.Footer);
    }

    [Fact]
    public void Consultation_is_unknown_until_an_interaction_column_was_tried_and_broken_when_its_reads_fail()
    {
        var state = State(AccountStatus.Active, new WebsiteColumn("书记信箱", Mailbox, ColumnCategories.Interaction, true));
        var monitor = Monitor(state);
        Assert.Null(monitor.Facts().ConsultationWorks);

        monitor.TakeProbe(Probe(Now, columns: Reading(Mailbox, "gap", items: 0)), Now);
        Assert.Null(monitor.Facts().ConsultationWorks);

        monitor.TakeProbe(Probe(Now, columns: Reading(Mailbox, "not-found", items: 0)), Now);
        Assert.False(monitor.Facts().ConsultationWorks);
    }

    [Fact]
    public void A_website_never_observed_gets_no_verdict_and_no_sweep_time()
    {
        var state = State();
        var monitor = Monitor(state);
        monitor.TakeChecks([new SiteCheck(Now, false, null, "probe", Gap: true)], Now);

        monitor.Evaluate(Now);

        Assert.Empty(state.Violations);
        Assert.Null(state.Site!.DueAt);
        Assert.Equal(WebsiteRules.All.Where(r => r != WebsiteRules.ContentError), state.Site.NotObserved);
        Assert.Equal(state.Site.NotObserved, monitor.View([], Now).NotObserved);
    }

    [Fact]
    public void A_closed_website_has_its_machine_episodes_resolved_without_being_judged()
    {
        var state = State(AccountStatus.Closed);
        var book = new ViolationBook(state, state.Record!.Id);
        book.Open(WebsiteRules.Unreachable, Beijing(2026, 11, 20), "证据");
        book.Open(WebsiteRules.ContentError, Beijing(2026, 11, 20), "证据", ViolationStatus.Suspected, "item");
        var monitor = new WebsiteMonitor(state, book, new WebsiteOptions(), ContentLexicons.Empty);

        monitor.Evaluate(Now);

        Assert.Equal([ViolationStatus.Resolved, ViolationStatus.Suspected], state.Violations.Select(v => v.Status));
    }

    [Fact]
    public void A_title_the_lexicon_matches_is_a_suspected_content_error_once_per_item()
    {
        var state = State();
        var monitor = Monitor(state, new ContentLexicons([new Lexicon(WebsiteRules.ContentError, ["中华人民共和国国务院办公厅厅"])]));
        var item = new SiteItemRecord("转发中华人民共和国国务院办公厅厅关于通知", Beijing(2026, 11, 25), News + "2.html");

        monitor.TakeProbe(Probe(Now, homeNewest: item, columns: Reading(News, newest: item)), Now);
        monitor.TakeProbe(Probe(Now + TimeSpan.FromHours(6), homeNewest: item), Now + TimeSpan.FromHours(6));

        var hit = Assert.Single(state.Violations);
        Assert.Equal((WebsiteRules.ContentError, ViolationStatus.Suspected, News + "2.html"), (hit.Rule, hit.Status, hit.EpisodeKey));
        Assert.StartsWith("首页2026-11-25 00:00发布的“转发中华人民共和国国务院办公厅厅关于通知”命中：中华人民共和国国务院办公厅厅", hit.Evidence, StringComparison.Ordinal);
        Assert.True(MonitoringRules.NeedsReview(hit.Rule));
    }
}
