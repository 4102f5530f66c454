using Media.Abstractions.Monitoring;
using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Domain.Monitoring;
using Media.Grains.Accounts;
using Media.Grains.Index;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Index;

/// <summary>Which accounts a sweep wakes: those whose time-based episodes change at the check time, judged from index lines.</summary>
public sealed class SweepCandidatesTests
{
    private static readonly MonitoringOptions Defaults = new();

    [Fact]
    public void Sweep_does_not_flag_an_account_opened_less_than_two_weeks_ago()
    {
        var entry = Entry(new DateOnly(2026, 11, 1), lastPostAt: null);

        Assert.Empty(SweepCandidates.Find([entry], Beijing(2026, 11, 14, 23, 59), Defaults));
        Assert.Equal(["weibo:a"], SweepCandidates.Find([entry], Beijing(2026, 11, 15), Defaults));
    }

    [Fact]
    public void Sweep_flags_the_warning_ten_days_after_the_last_post_to_the_minute()
    {
        var posted = Beijing(2026, 11, 1, 10);
        var entry = Entry(new DateOnly(2026, 1, 1), posted, nthLastPostAt: posted - TimeSpan.FromDays(3));

        Assert.Empty(SweepCandidates.Find([entry], posted + TimeSpan.FromDays(10) - TimeSpan.FromMinutes(1), Defaults));
        Assert.Equal(["weibo:a"], SweepCandidates.Find([entry], posted + TimeSpan.FromDays(10), Defaults));
        Assert.Empty(SweepCandidates.Find([entry with { Open = OpenEpisodes.Warning }], posted + TimeSpan.FromDays(10), Defaults));
    }

    [Fact]
    public void An_episode_already_open_and_still_due_is_left_alone_and_one_no_longer_due_is_woken_to_resolve()
    {
        var at = Beijing(2026, 11, 20);
        var silent = Entry(new DateOnly(2026, 1, 1), null) with { Open = OpenEpisodes.NoUpdate };
        var posted = Entry(new DateOnly(2026, 1, 1), at - TimeSpan.FromDays(1), at - TimeSpan.FromDays(5), id: "weibo:b") with { Open = OpenEpisodes.NoUpdate };

        Assert.Equal(["weibo:b"], SweepCandidates.Find([silent, posted], at, Defaults));
    }

    [Fact]
    public void An_account_Media_cannot_read_is_never_woken_to_open_anything()
    {
        var gap = Entry(new DateOnly(2026, 1, 1), null) with { Open = OpenEpisodes.MonitoringGap };
        var blocked = Entry(new DateOnly(2026, 1, 1), null, id: "weibo:b") with { Gap = new GapView(GapCauses.Blocked, Beijing(2026, 11, 1), "平台拒绝访问（验证码或防火墙）") };

        Assert.Empty(SweepCandidates.Find([gap, blocked], Beijing(2026, 11, 20), Defaults));
    }

    [Fact]
    public void An_account_never_observed_is_not_woken_and_a_leftover_veto_is_woken_to_resolve()
    {
        var at = Beijing(2026, 11, 20);
        var unseen = new GapView(GapCauses.NotObserved, Beijing(2026, 11, 1), GapCauses.Describe(GapCauses.NotObserved));
        var never = Entry(new DateOnly(2018, 6, 1), null) with { Gap = unseen };
        var leftover = Entry(new DateOnly(2018, 6, 1), null, id: "weibo:b") with { Gap = unseen, Open = OpenEpisodes.NoUpdate };

        Assert.Equal(["weibo:b"], SweepCandidates.Find([never, leftover], at, Defaults));
    }

    [Fact]
    public void A_blind_account_with_a_post_that_ends_its_veto_is_woken_to_resolve_it()
    {
        var at = Beijing(2026, 11, 20);
        var blind = Entry(new DateOnly(2026, 1, 1), at - TimeSpan.FromDays(1), at - TimeSpan.FromDays(3)) with
        {
            Open = OpenEpisodes.NoUpdate | OpenEpisodes.MonitoringGap,
            Gap = new GapView(GapCauses.Blocked, at - TimeSpan.FromDays(5), "平台拒绝访问（验证码或防火墙）"),
        };

        Assert.Equal(["weibo:a"], SweepCandidates.Find([blind], at, Defaults));
    }

    [Fact]
    public void A_closed_account_is_woken_only_to_resolve_what_it_still_has_open()
    {
        var at = Beijing(2026, 11, 20);
        var closed = Entry(new DateOnly(2026, 1, 1), null) with { Status = AccountStatus.Closed };

        Assert.Empty(SweepCandidates.Find([closed], at, Defaults));
        Assert.Equal(["weibo:a"], SweepCandidates.Find([closed with { Open = OpenEpisodes.LowFrequency }], at, Defaults));
    }

    [Fact]
    public void The_sweep_wakes_exactly_the_accounts_whose_own_check_changes_an_episode()
    {
        // The index line and the account judge with the same plan; after the account's check its line is never a candidate.
        var state = State(Record(new DateOnly(2026, 9, 1)));
        var unseen = new AccountMonitor(state, Defaults, ContentLexicons.Empty).IndexEntry(Beijing(2026, 10, 20, 9));
        Assert.Equal(GapCauses.NotObserved, unseen.Gap?.Cause);
        Assert.Empty(SweepCandidates.Find([unseen], Beijing(2026, 11, 10), Defaults));
        new AccountMonitor(state, Defaults, ContentLexicons.Empty).Ingest([Post("p1", Beijing(2026, 10, 1, 9)), Post("p2", Beijing(2026, 10, 20, 9))], Beijing(2026, 10, 20, 9), ObservationSource.Push);
        for (var at = Beijing(2026, 10, 20, 12); at < Beijing(2026, 11, 10); at += TimeSpan.FromHours(6))
        {
            var woken = SweepCandidates.Find([new AccountMonitor(state, Defaults, ContentLexicons.Empty).IndexEntry(at)], at, Defaults).Count == 1;

            // As the grain does: one monitor per call, whose book notes what this check changed.
            var check = new AccountMonitor(state, Defaults, ContentLexicons.Empty);
            check.Evaluate(at);

            Assert.True(woken == check.Book.Changed.Count > 0, $"at {at:u}: woken {woken}, changed {check.Book.Changed.Count}");
            Assert.Empty(SweepCandidates.Find([check.IndexEntry(at)], at, Defaults));
        }

        Assert.Contains(state.Violations, v => v.Rule == MonitoringRules.NoUpdate);
        Assert.Contains(state.Violations, v => v.Rule == MonitoringRules.NoUpdateWarning);
        Assert.Contains(state.Violations, v => v.Rule == MonitoringRules.LowFrequency);
    }

    private static IndexEntry Entry(DateOnly openedOn, DateTimeOffset? lastPostAt, DateTimeOffset? nthLastPostAt = null, string id = "weibo:a") =>
        new(id, "U1", "weibo", id, AccountStatus.Active, openedOn, 0, "440104", lastPostAt, nthLastPostAt);
}
