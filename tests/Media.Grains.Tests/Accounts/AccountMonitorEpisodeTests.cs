using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;
using Media.Grains.Accounts;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Accounts;

/// <summary>The time-based episodes (two-week silence, its warning, low frequency) as one account judges itself.</summary>
public sealed class AccountMonitorEpisodeTests
{
    private static readonly MonitoringOptions Defaults = new();

    [Fact]
    public void A_silent_account_is_vetoed_fourteen_days_after_midnight_Beijing_on_its_opening_day_and_not_a_minute_before()
    {
        var state = State(Record(new DateOnly(2026, 11, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        monitor.RecordProbe(ReadWithoutPosts(Beijing(2026, 11, 1, 8)), Beijing(2026, 11, 1, 8));

        monitor.Evaluate(Beijing(2026, 11, 14, 23, 59));
        Assert.Empty(state.Violations);

        monitor.Evaluate(Beijing(2026, 11, 15));
        var veto = Assert.Single(state.Violations);
        Assert.Equal(MonitoringRules.NoUpdate, veto.Rule);
        Assert.Equal(ViolationStatus.Open, veto.Status);
        Assert.Equal("weibo:gz-gov~1", veto.Id);
    }

    [Fact]
    public void A_silence_episode_is_opened_once_however_often_the_sweep_looks()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        monitor.RecordProbe(ReadWithoutPosts(Beijing(2026, 11, 1)), Beijing(2026, 11, 1));

        monitor.Evaluate(Beijing(2026, 11, 15));
        monitor.Evaluate(Beijing(2026, 11, 16));
        monitor.Evaluate(Beijing(2026, 11, 30));

        Assert.Single(state.Violations, v => v.Rule == MonitoringRules.NoUpdate);
        Assert.Equal(1, monitor.Book.Opened);
        Assert.Equal(1, state.ViolationCount);
    }

    [Fact]
    public void The_warning_gives_way_to_the_veto_when_the_two_weeks_are_up()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        monitor.Ingest([Post("p1", Beijing(2026, 11, 1, 10))], Beijing(2026, 11, 1, 10, 5), ObservationSource.Push);

        monitor.Evaluate(Beijing(2026, 11, 11, 9, 59));
        Assert.Null(monitor.Book.Active(MonitoringRules.NoUpdateWarning));

        monitor.Evaluate(Beijing(2026, 11, 11, 10));
        Assert.NotNull(monitor.Book.Active(MonitoringRules.NoUpdateWarning));
        Assert.Null(monitor.Book.Active(MonitoringRules.NoUpdate));

        monitor.Evaluate(Beijing(2026, 11, 15, 10));
        Assert.NotNull(monitor.Book.Active(MonitoringRules.NoUpdate));
        var warning = Assert.Single(state.Violations, v => v.Rule == MonitoringRules.NoUpdateWarning);
        Assert.Equal(ViolationStatus.Resolved, warning.Status);
        Assert.Equal("system", warning.ClosedBy);
    }

    [Fact]
    public void A_new_post_resolves_the_veto_but_ingesting_never_opens_a_time_based_episode()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        monitor.RecordProbe(ReadWithoutPosts(Beijing(2026, 11, 1)), Beijing(2026, 11, 1));
        monitor.Evaluate(Beijing(2026, 11, 15));

        // One post in thirty days is low frequency at the next check, but taking in a post does not open it.
        monitor.Ingest([Post("p1", Beijing(2026, 11, 15, 9))], Beijing(2026, 11, 15, 9, 1), ObservationSource.Push);

        var veto = Assert.Single(state.Violations);
        Assert.Equal(ViolationStatus.Resolved, veto.Status);
        Assert.Equal(Beijing(2026, 11, 15, 9, 1), veto.ClosedAt);
        Assert.Null(monitor.Book.Active(MonitoringRules.LowFrequency));

        monitor.Evaluate(Beijing(2026, 11, 15, 10));
        Assert.NotNull(monitor.Book.Active(MonitoringRules.LowFrequency));
    }

    [Fact]
    public void A_resolved_silence_that_comes_back_is_a_new_episode_with_a_new_id()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        monitor.RecordProbe(ReadWithoutPosts(Beijing(2026, 10, 1)), Beijing(2026, 10, 1));
        monitor.Evaluate(Beijing(2026, 11, 1));
        monitor.Ingest([Post("p1", Beijing(2026, 11, 2, 9))], Beijing(2026, 11, 2, 9), ObservationSource.Push);

        monitor.Evaluate(Beijing(2026, 11, 16, 9));

        var episodes = state.Violations.Where(v => v.Rule == MonitoringRules.NoUpdate).ToList();
        Assert.Equal(2, episodes.Count);
        Assert.Equal(ViolationStatus.Resolved, episodes[0].Status);
        Assert.Equal(ViolationStatus.Open, episodes[1].Status);
        Assert.NotEqual(episodes[0].Id, episodes[1].Id);
    }

    [Fact]
    public void Four_posts_within_thirty_days_keep_an_old_account_off_low_frequency()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        var at = Beijing(2026, 11, 30, 12);
        monitor.Ingest([.. Enumerable.Range(0, 4).Select(i => Post($"p{i}", at - TimeSpan.FromDays(1 + (7 * i))))], at, ObservationSource.Push);

        monitor.Evaluate(at);
        Assert.Null(monitor.Book.Active(MonitoringRules.LowFrequency));

        // Eight days later the oldest of the four is thirty days old, and only three remain inside the window.
        monitor.Evaluate(at + TimeSpan.FromDays(8));
        Assert.NotNull(monitor.Book.Active(MonitoringRules.LowFrequency));
    }

    [Fact]
    public void A_closed_account_loses_its_open_episodes_and_gets_no_new_ones()
    {
        var state = State(Record(new DateOnly(2026, 1, 1), interaction: false));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        monitor.RecordProbe(ReadWithoutPosts(Beijing(2026, 11, 1)), Beijing(2026, 11, 1));
        monitor.Evaluate(Beijing(2026, 11, 15));
        Assert.NotNull(monitor.Book.Active(MonitoringRules.NoUpdate));
        Assert.NotNull(monitor.Book.Active(MonitoringRules.NoInteraction));

        state.Record = state.Record! with { Status = AccountStatus.Closed };
        monitor.Evaluate(Beijing(2026, 11, 16));

        Assert.All(state.Violations, v => Assert.Equal(ViolationStatus.Resolved, v.Status));
    }

    [Fact]
    public void A_rectification_notice_becomes_overdue_on_the_day_after_its_deadline_in_Beijing_and_only_at_a_check()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        state.Posts.Add(new PostRecord("p1", Beijing(2026, 11, 20, 8), null, null, false, null, null, null, null, Beijing(2026, 11, 20, 8)));
        state.LastPostAt = Beijing(2026, 11, 20, 8);
        state.Violations.Add(Violation(ViolationStatus.Rectifying, MonitoringRules.ImproperContent,
            new Rectification(new DateOnly(2026, 11, 20), Beijing(2026, 11, 10), "supervisor", null)));
        state.ViolationCount = 1;
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);

        monitor.Evaluate(Beijing(2026, 11, 20, 23, 59));
        Assert.Equal(ViolationStatus.Rectifying, state.Violations[0].Status);

        monitor.Evaluate(Beijing(2026, 11, 21), openTimeBased: false);
        Assert.Equal(ViolationStatus.Rectifying, state.Violations[0].Status);

        monitor.Evaluate(Beijing(2026, 11, 21));
        Assert.Equal(ViolationStatus.Overdue, state.Violations[0].Status);
    }

    [Fact]
    public void A_notice_answered_in_time_stays_rectifying_past_its_deadline_until_the_verdict()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        state.Violations.Add(Violation(ViolationStatus.Rectifying, MonitoringRules.ImproperContent,
            new Rectification(new DateOnly(2026, 11, 20), Beijing(2026, 11, 10), "supervisor", null,
                ResponseText: "已删除", RespondedAt: Beijing(2026, 11, 19), RespondedBy: "unit")));
        state.ViolationCount = 1;

        new AccountMonitor(state, Defaults, ContentLexicons.Empty).Evaluate(Beijing(2026, 11, 28));

        Assert.Equal(ViolationStatus.Rectifying, state.Violations[0].Status);
    }

    [Fact]
    public void An_account_nothing_has_observed_is_never_vetoed_and_a_leftover_veto_is_resolved()
    {
        var state = State(Record(new DateOnly(2018, 6, 1)));
        state.Violations.Add(Violation(ViolationStatus.Open));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);

        monitor.Evaluate(Beijing(2026, 11, 26, 2));

        Assert.Null(monitor.Book.Active(MonitoringRules.NoUpdate));
        Assert.Null(monitor.Book.Active(MonitoringRules.NoUpdateWarning));
        Assert.Null(monitor.Book.Active(MonitoringRules.LowFrequency));
        Assert.Equal("not-observed", monitor.IndexEntry(Beijing(2026, 11, 26, 2)).Gap?.Cause);
    }

    [Fact]
    public void The_veto_names_the_last_post_and_when_and_how_Media_learned_of_it()
    {
        var state = State(Record(new DateOnly(2018, 6, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        monitor.Ingest([Post("p1", Beijing(2026, 11, 6, 10))], Beijing(2026, 11, 7, 2), ObservationSource.Push);

        monitor.Evaluate(Beijing(2026, 11, 26, 2));

        var veto = monitor.Book.Active(MonitoringRules.NoUpdate)!;
        Assert.StartsWith("最近一次更新于2026-11-06 10:00（2026-11-07 02:00经接口推送获知），截至2026-11-26 02:00已连续19天无更新", veto.Evidence,
            StringComparison.Ordinal);
        Assert.Null(monitor.IndexEntry(Beijing(2026, 11, 26, 2)).Gap);
    }

    [Fact]
    public void A_veto_of_an_account_read_without_posts_says_which_probe_saw_it_empty()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        monitor.RecordProbe(ReadWithoutPosts(Beijing(2026, 11, 20, 9)), Beijing(2026, 11, 20, 9));

        monitor.Evaluate(Beijing(2026, 11, 26, 2));

        Assert.StartsWith("开设以来无任何更新（2026-11-20 09:00采集读取该账号，未见任何发布）", monitor.Book.Active(MonitoringRules.NoUpdate)!.Evidence,
            StringComparison.Ordinal);
    }

    [Fact]
    public void While_blind_nothing_opens_but_a_pushed_post_resolves_the_veto()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        monitor.Ingest([Post("p1", Beijing(2026, 10, 1, 9))], Beijing(2026, 10, 1, 9), ObservationSource.Push);
        monitor.Evaluate(Beijing(2026, 11, 1));
        Assert.NotNull(monitor.Book.Active(MonitoringRules.NoUpdate));

        monitor.RecordProbe(new ProbeReport("blocked", "HTTP 403: the platform refused the request", [], null, Beijing(2026, 11, 2), false), Beijing(2026, 11, 2));
        monitor.Ingest([Post("p2", Beijing(2026, 11, 3, 9))], Beijing(2026, 11, 3, 9), ObservationSource.Push);
        monitor.Evaluate(Beijing(2026, 11, 20));

        Assert.Null(monitor.Book.Active(MonitoringRules.NoUpdate));
        Assert.Null(monitor.Book.Active(MonitoringRules.NoUpdateWarning));
        var gap = monitor.IndexEntry(Beijing(2026, 11, 20)).Gap!;
        Assert.Equal(("blocked", Beijing(2026, 11, 2)), (gap.Cause, gap.Since));
        Assert.Equal("平台拒绝访问（验证码或防火墙）（HTTP 403）", gap.Detail);
    }

    [Fact]
    public void An_inspection_is_an_observation_after_which_the_sweep_judges()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);

        monitor.RecordInspection(Beijing(2026, 11, 10, 15), Beijing(2026, 11, 10, 15));
        monitor.Evaluate(Beijing(2026, 11, 26, 2));

        Assert.StartsWith("开设以来无任何更新（2026-11-10 15:00抽查该账号，未见任何发布）", monitor.Book.Active(MonitoringRules.NoUpdate)!.Evidence,
            StringComparison.Ordinal);
    }
}
