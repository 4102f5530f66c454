using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;
using Media.Grains.Accounts;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Accounts;

/// <summary>Posts and probes taken into an account: duplicates, retention, content hits, gaps and app checks.</summary>
public sealed class AccountMonitorIngestTests
{
    private static readonly MonitoringOptions Defaults = new();

    [Fact]
    public void A_post_is_kept_once_whether_repeated_inside_a_batch_or_in_a_later_one()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        var at = Beijing(2026, 11, 20, 9);

        var first = monitor.Ingest([Post("p1", at), Post("p1", at), Post("p2", at - TimeSpan.FromHours(1))], at, ObservationSource.Push);
        var second = monitor.Ingest([Post("p2", at - TimeSpan.FromHours(1)), Post("p3", at - TimeSpan.FromDays(3))], at, ObservationSource.Push);

        Assert.Equal(new IngestResult(2, 1), first);
        Assert.Equal(new IngestResult(1, 1), second);
        Assert.Equal(["p3", "p2", "p1"], state.Posts.Select(p => p.PostId));
        Assert.Equal(at, state.LastPostAt);
    }

    [Fact]
    public void Old_posts_and_the_oldest_beyond_the_count_are_dropped_but_the_latest_publication_time_is_kept()
    {
        var options = new MonitoringOptions { RetainPostDays = 30, RetainPostCount = 2 };
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, options, ContentLexicons.Empty);
        var now = Beijing(2026, 11, 20, 9);

        monitor.Ingest([Post("old", now - TimeSpan.FromDays(31)), Post("a", now - TimeSpan.FromDays(3)),
            Post("b", now - TimeSpan.FromDays(2)), Post("c", now - TimeSpan.FromDays(1))], now, ObservationSource.Push);

        Assert.Equal(["b", "c"], state.Posts.Select(p => p.PostId));
        Assert.Equal(now - TimeSpan.FromDays(1), state.LastPostAt);

        // A late-arriving older post does not move the latest publication time back.
        monitor.Ingest([Post("d", now - TimeSpan.FromDays(5))], now, ObservationSource.Push);
        Assert.Equal(now - TimeSpan.FromDays(1), state.LastPostAt);
    }

    [Fact]
    public void A_post_with_a_lexicon_term_is_a_suspected_hit_once_per_post()
    {
        var lexicons = new ContentLexicons([new Lexicon(MonitoringRules.ImproperContent, ["网络赌博"])]);
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, Defaults, lexicons);
        var at = Beijing(2026, 11, 20, 9);

        monitor.Ingest([Post("p1", at, "提醒", "谨防网络赌博"), Post("p2", at, "天气", "晴")], at, ObservationSource.Push);
        monitor.Ingest([Post("p1", at, "提醒", "谨防网络赌博")], at, ObservationSource.Push);
        monitor.Ingest([Post("p3", at, "网络赌博的危害", null)], at, ObservationSource.Push);

        var hits = state.Violations.Where(v => v.Rule == MonitoringRules.ImproperContent).ToList();
        Assert.Equal(["p1", "p3"], hits.Select(v => v.EpisodeKey));
        Assert.All(hits, v => Assert.Equal(ViolationStatus.Suspected, v.Status));
        Assert.Contains("网络赌博", hits[0].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void While_Media_cannot_read_the_account_its_silence_is_not_judged()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        var failed = Beijing(2026, 11, 20, 9);

        monitor.RecordProbe(new ProbeReport("captcha", "验证码", [], null, failed, false), failed);
        monitor.Evaluate(failed + TimeSpan.FromHours(1));

        Assert.Empty(state.Violations);
        Assert.Equal(OpenEpisodes.MonitoringGap, monitor.IndexEntry(failed).Open);

        // A later failure keeps the gap's start; a success ends it, and the next check judges again.
        monitor.RecordProbe(new ProbeReport("waf", null, [], null, failed + TimeSpan.FromDays(1), false), failed + TimeSpan.FromDays(1));
        Assert.Equal(failed, state.Gap!.Since);
        Assert.Equal("waf", state.Gap.Status);
        monitor.RecordProbe(new ProbeReport("ok", null, [], 1200, failed + TimeSpan.FromDays(2), false), failed + TimeSpan.FromDays(2));
        Assert.Null(state.Gap);
        Assert.Equal(1200, state.Followers);
        monitor.Evaluate(failed + TimeSpan.FromDays(2));
        Assert.Equal(OpenEpisodes.NoUpdate, monitor.IndexEntry(failed + TimeSpan.FromDays(2)).Open);
    }

    [Fact]
    public void An_app_is_unavailable_after_three_failed_checks_spread_over_forty_eight_hours_and_recovers_on_success()
    {
        var state = State(Record(new DateOnly(2026, 1, 1), platform: "app"));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        var first = Beijing(2026, 11, 20, 9);

        Check(first, "download-failed");
        Check(first + TimeSpan.FromHours(1), "download-failed");
        Check(first + TimeSpan.FromHours(47), "download-failed");
        Assert.Null(monitor.Book.Active(MonitoringRules.AppUnavailable));
        Assert.Equal(3, state.AppFailures);

        Check(first + TimeSpan.FromHours(48), "download-failed");
        var down = monitor.Book.Active(MonitoringRules.AppUnavailable);
        Assert.NotNull(down);
        Assert.Contains("连续4次", down.Evidence, StringComparison.Ordinal);

        // An availability check never opens a monitoring gap: the app itself is what failed.
        Assert.Null(state.Gap);

        Check(first + TimeSpan.FromHours(60), "ok");
        Assert.Null(monitor.Book.Active(MonitoringRules.AppUnavailable));
        Assert.Equal(0, state.AppFailures);
        Assert.Null(state.AppFailingSince);

        void Check(DateTimeOffset at, string status) =>
            monitor.RecordProbe(new ProbeReport(status, null, [], null, at, IsAvailabilityCheck: true), at);
    }

    [Fact]
    public void The_index_line_carries_the_open_episodes_and_the_fourth_latest_post()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var monitor = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
        var at = Beijing(2026, 11, 30, 12);
        monitor.Ingest([.. Enumerable.Range(1, 5).Select(i => Post($"p{i}", at - TimeSpan.FromDays(10 + i)))], at, ObservationSource.Push);
        monitor.Evaluate(at);

        var line = monitor.IndexEntry(at);

        Assert.Equal(at - TimeSpan.FromDays(11), line.LastPostAt);
        Assert.Equal(at - TimeSpan.FromDays(14), line.NthLastPostAt);
        Assert.Equal(OpenEpisodes.Warning, line.Open);
        Assert.Equal(5, line.Posts30d);
    }
}
