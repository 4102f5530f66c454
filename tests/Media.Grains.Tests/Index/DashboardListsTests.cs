using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;
using Media.Grains.Index;

namespace Media.Grains.Tests.Index;

/// <summary>The dashboard's "closest to the two-week line": active accounts not yet past it, longest quiet first.</summary>
public sealed class DashboardListsTests
{
    private static readonly TimeSpan Utc8 = TimeSpan.FromHours(8);

    [Fact]
    public void The_longest_quiet_active_accounts_come_first_and_those_past_the_line_or_closed_are_left_out()
    {
        IndexEntry[] entries =
        [
            Entry("weibo:recent", new DateTimeOffset(2026, 11, 26, 9, 0, 0, Utc8)),
            Entry("weibo:quiet", new DateTimeOffset(2026, 11, 15, 9, 0, 0, Utc8)),
            Entry("weibo:never", null, openedOn: new DateOnly(2026, 11, 17)),
            Entry("weibo:past", new DateTimeOffset(2026, 11, 1, 9, 0, 0, Utc8)) with { Open = OpenEpisodes.NoUpdate },
            Entry("weibo:closed", new DateTimeOffset(2026, 11, 2, 9, 0, 0, Utc8)) with { Status = AccountStatus.Closed },
            Entry("weibo:other", new DateTimeOffset(2026, 11, 10, 9, 0, 0, Utc8), unit: "U2"),
        ];

        Assert.Equal(["weibo:quiet", "weibo:never"], DashboardLists.Quietest(entries, "U1", 2).Select(e => e.AccountId));
        Assert.Equal(["weibo:other", "weibo:quiet", "weibo:never", "weibo:recent"], DashboardLists.Quietest(entries, null, 10).Select(e => e.AccountId));
    }

    [Fact]
    public void Accounts_Media_cannot_judge_and_websites_are_left_out_rather_than_shown_as_silent_since_they_opened()
    {
        var since = new DateTimeOffset(2026, 11, 20, 9, 0, 0, Utc8);
        IndexEntry[] entries =
        [
            Entry("weibo:unseen", null, openedOn: new DateOnly(2018, 6, 1)) with { Gap = new GapView(GapCauses.NotObserved, since, "尚未采集") },
            Entry("weibo:blind", new DateTimeOffset(2026, 11, 14, 9, 0, 0, Utc8)) with { Gap = new GapView(GapCauses.Blocked, since, "平台拒绝访问") },
            Entry("weibo:seen", new DateTimeOffset(2026, 11, 20, 9, 0, 0, Utc8)),
            // A website read yesterday has no posts: it is judged by its own rules, never listed as quiet.
            Entry("website:4401040001", null) with { Platform = "website" },
        ];

        Assert.Equal(["weibo:seen"], DashboardLists.Quietest(entries, null, 10).Select(e => e.AccountId));
    }

    [Fact]
    public void Ties_are_in_id_order()
    {
        var at = new DateTimeOffset(2026, 11, 20, 9, 0, 0, Utc8);
        IndexEntry[] entries = [Entry("weibo:c", at), Entry("weibo:a", at), Entry("weibo:b", at)];

        Assert.Equal(["weibo:a", "weibo:b"], DashboardLists.Quietest(entries, null, 2).Select(e => e.AccountId));
    }

    [Fact]
    public void An_account_that_never_posted_is_quiet_since_midnight_Beijing_on_its_opening_day()
    {
        var never = Entry("weibo:never", null, openedOn: new DateOnly(2026, 11, 17));

        Assert.Equal(new DateTimeOffset(2026, 11, 16, 16, 0, 0, TimeSpan.Zero), DashboardLists.QuietSince(never));
        Assert.Equal(new DateTimeOffset(2026, 11, 15, 9, 0, 0, Utc8),
            DashboardLists.QuietSince(Entry("weibo:quiet", new DateTimeOffset(2026, 11, 15, 9, 0, 0, Utc8))));
    }

    [Fact]
    public void Taking_none_gives_an_empty_list()
    {
        Assert.Empty(DashboardLists.Quietest([Entry("weibo:a", null)], null, 0));
    }

    private static IndexEntry Entry(string id, DateTimeOffset? lastPostAt, string unit = "U1", DateOnly? openedOn = null) =>
        new(id, unit, "weibo", id, AccountStatus.Active, openedOn ?? new DateOnly(2026, 10, 1), 0, "440104", lastPostAt);
}
