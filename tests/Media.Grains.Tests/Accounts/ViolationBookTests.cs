using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;
using Media.Grains.Accounts;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Accounts;

/// <summary>Episodes opened and closed in an account's state, with what changed noted for alerts and the index.</summary>
public sealed class ViolationBookTests
{
    private static readonly DateTimeOffset At = Beijing(2026, 11, 20, 2);

    [Fact]
    public void An_episode_already_active_is_not_opened_a_second_time()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var book = new ViolationBook(state, "weibo:gz-gov");

        book.Open(MonitoringRules.NoUpdate, At, "第一次");
        book.Open(MonitoringRules.NoUpdate, At + TimeSpan.FromDays(1), "第二次");

        var only = Assert.Single(state.Violations);
        Assert.Equal("第一次", only.Evidence);
        Assert.Equal(1, book.Opened);
        Assert.Single(book.Changed);
    }

    [Fact]
    public void A_persons_finding_is_opened_once_per_source_and_monitoring_does_not_resolve_it()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var book = new ViolationBook(state, "weibo:gz-gov");
        var finding = new HumanFinding(MonitoringRules.NoInteraction, "评论区已关闭", "sampling:2026Q4-440100", "inspector");

        var first = book.Find(finding, At);
        var again = book.Find(finding, At + TimeSpan.FromHours(1));
        book.Resolve(MonitoringRules.NoInteraction, At + TimeSpan.FromDays(1), "system");

        var only = Assert.Single(state.Violations);
        Assert.Equal(first, again);
        Assert.Equal(ViolationStatus.Open, only.Status);
        Assert.Equal(("sampling:2026Q4-440100", "inspector"), (only.Source, only.RaisedBy));
        Assert.Equal(0, book.Resolved);
    }

    [Fact]
    public void Resolving_a_rule_without_an_active_episode_changes_nothing()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var book = new ViolationBook(state, "weibo:gz-gov");

        book.Resolve(MonitoringRules.NoUpdate, At, "system");

        Assert.Empty(state.Violations);
        Assert.Empty(book.Changed);
        Assert.Equal(0, book.Resolved);
    }

    [Fact]
    public void A_resolved_episode_stays_closed_and_the_rule_opens_again_under_the_next_number()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var book = new ViolationBook(state, "weibo:gz-gov");

        book.Open(MonitoringRules.NoUpdate, At, "一");
        book.Resolve(MonitoringRules.NoUpdate, At + TimeSpan.FromDays(1), "system");
        book.Open(MonitoringRules.NoUpdate, At + TimeSpan.FromDays(20), "二");

        Assert.Equal(["weibo:gz-gov~1", "weibo:gz-gov~2"], state.Violations.Select(v => v.Id));
        Assert.Equal([ViolationStatus.Resolved, ViolationStatus.Open], state.Violations.Select(v => v.Status));
        Assert.Equal(At + TimeSpan.FromDays(1), state.Violations[0].ClosedAt);
        Assert.Equal("system", state.Violations[0].ClosedBy);
        Assert.Equal((2, 1, 3), (book.Opened, book.Resolved, book.Changed.Count));
    }

    [Fact]
    public void Episodes_with_keys_are_told_apart_and_remembered_after_they_close()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var book = new ViolationBook(state, "weibo:gz-gov");

        book.Open(MonitoringRules.ImproperContent, At, "p1", ViolationStatus.Suspected, "p1");
        book.Open(MonitoringRules.ImproperContent, At, "p2", ViolationStatus.Suspected, "p2");
        var first = state.Violations[0];
        book.Replace(first, first with { Status = ViolationStatus.Dismissed, ClosedAt = At, ClosedBy = "supervisor" });

        Assert.Equal(2, state.Violations.Count);
        Assert.True(book.Has(MonitoringRules.ImproperContent, "p1"));
        Assert.False(book.Has(MonitoringRules.ImproperContent, "p3"));
        Assert.Null(book.Active(MonitoringRules.ImproperContent, "p1"));
        Assert.Equal("p2", book.Active(MonitoringRules.ImproperContent)!.EpisodeKey);
    }

    [Fact]
    public void Only_the_fifty_most_recent_closed_episodes_are_kept_and_active_ones_never_go()
    {
        var state = State(Record(new DateOnly(2026, 1, 1)));
        var book = new ViolationBook(state, "weibo:gz-gov");
        book.Open(MonitoringRules.NoInteraction, At, "长期");
        for (var i = 0; i < 55; i++)
        {
            book.Open(MonitoringRules.NoUpdate, At + TimeSpan.FromDays(i), $"第{i}次");
            book.Resolve(MonitoringRules.NoUpdate, At + TimeSpan.FromDays(i) + TimeSpan.FromHours(1), "system");
        }

        Assert.Equal(51, state.Violations.Count);
        Assert.Equal("weibo:gz-gov~1", state.Violations[0].Id);
        Assert.Equal("weibo:gz-gov~7", state.Violations[1].Id);
        Assert.Equal("weibo:gz-gov~56", state.Violations[^1].Id);
        Assert.Equal(56, state.ViolationCount);
    }
}
