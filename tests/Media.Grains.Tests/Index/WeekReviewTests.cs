using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;
using Media.Grains.Index;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Index;

/// <summary>The weekly summary's facts for a week from Monday 00:00 Beijing to the next Monday 00:00.</summary>
public sealed class WeekReviewTests
{
    private static readonly MonitoringOptions Defaults = new();
    private static readonly DateTimeOffset Monday = Beijing(2026, 11, 16);
    private static readonly DateTimeOffset NextMonday = Beijing(2026, 11, 23);

    [Fact]
    public void Violations_detected_from_the_first_instant_of_the_week_count_and_those_at_its_end_belong_to_the_next()
    {
        ViolationEntry[] violations =
        [
            Detected("a", Monday - TimeSpan.FromTicks(1)),
            Detected("b", Monday),
            Detected("c", NextMonday - TimeSpan.FromTicks(1)),
            Detected("d", NextMonday),
            Detected("e", Monday + TimeSpan.FromDays(1), ViolationStatus.Dismissed),
        ];

        var facts = WeekReview.Collect([], violations, Monday, NextMonday, Defaults);

        Assert.Equal(["b", "c"], facts.Opened.Select(v => v.Violation.Id));
    }

    [Fact]
    public void A_violation_resolved_during_the_week_is_listed_as_resolved_whenever_it_was_detected()
    {
        ViolationEntry[] violations =
        [
            Resolved("old", Monday - TimeSpan.FromDays(30), Monday + TimeSpan.FromDays(2)),
            Resolved("new", Monday + TimeSpan.FromDays(1), Monday + TimeSpan.FromDays(3)),
            Resolved("next", Monday + TimeSpan.FromDays(1), NextMonday),
        ];

        var facts = WeekReview.Collect([], violations, Monday, NextMonday, Defaults);

        Assert.Equal(["old", "new"], facts.Resolved.Select(v => v.Violation.Id));
        Assert.Equal(["new", "next"], facts.Opened.Select(v => v.Violation.Id));
    }

    [Fact]
    public void Near_the_line_means_warned_but_not_yet_vetoed_at_the_end_of_the_week()
    {
        IndexEntry[] entries =
        [
            Entry("ten-days", NextMonday - TimeSpan.FromDays(10)),
            Entry("nine-days", NextMonday - TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1)),
            Entry("fourteen-days", NextMonday - TimeSpan.FromDays(14)),
            Entry("thirteen-days", NextMonday - TimeSpan.FromDays(13)),
            Entry("unreadable", NextMonday - TimeSpan.FromDays(12)) with { Open = OpenEpisodes.MonitoringGap },
            Entry("closed", NextMonday - TimeSpan.FromDays(12)) with { Status = AccountStatus.Closed },
            Entry("website:4401040001", NextMonday - TimeSpan.FromDays(12)) with { Platform = "website" },
        ];

        var facts = WeekReview.Collect(entries, [], Monday, NextMonday, Defaults);

        Assert.Equal(["ten-days", "thirteen-days"], facts.NearLine.Select(e => e.AccountId));
    }

    [Fact]
    public void Late_filings_are_those_made_during_the_week()
    {
        IndexEntry[] entries =
        [
            Entry("before", null) with { LastLateFiledAt = Monday - TimeSpan.FromMinutes(1) },
            Entry("first-minute", null) with { LastLateFiledAt = Monday },
            Entry("sunday-night", null) with { LastLateFiledAt = NextMonday - TimeSpan.FromMinutes(1) },
            Entry("next-week", null) with { LastLateFiledAt = NextMonday },
        ];

        var facts = WeekReview.Collect(entries, [], Monday, NextMonday, Defaults);

        Assert.Equal(["first-minute", "sunday-night"], facts.LateFilings.Select(e => e.AccountId));
    }

    private static ViolationEntry Detected(string id, DateTimeOffset at, ViolationStatus status = ViolationStatus.Open) =>
        new(new ViolationRecord(id, "weibo:a", MonitoringRules.NoUpdate, at, status, "证据", null, null, null), "U1", "440104");

    private static ViolationEntry Resolved(string id, DateTimeOffset detected, DateTimeOffset closed) =>
        new(new ViolationRecord(id, "weibo:a", MonitoringRules.NoUpdate, detected, ViolationStatus.Resolved, "证据", closed, "system", null),
            "U1", "440104");

    private static IndexEntry Entry(string id, DateTimeOffset? lastPostAt) =>
        new(id, "U1", "weibo", id, AccountStatus.Active, new DateOnly(2026, 1, 1), 0, "440104", lastPostAt);
}
