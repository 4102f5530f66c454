using Media.Abstractions.Monitoring;
using Media.Domain.Filing;
using Media.Grains.Accounts;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Accounts;

/// <summary>The filing of a discovered account closes its filing-missing violation, and says so in the violation.</summary>
public sealed class DiscoveryClosingTests
{
    private static readonly DateTimeOffset FiledAt = Beijing(2026, 11, 21, 9, 30);

    private static (AccountState State, ViolationBook Book) Discovered(Rectification? rectification = null)
    {
        var state = new AccountState();
        state.Violations.Add(Violation(rectification is null ? ViolationStatus.Open : ViolationStatus.Rectifying, RuleIds.FilingMissing,
            rectification));
        return (state, new ViolationBook(state, "weibo:gz-gov"));
    }

    [Fact]
    public void The_filing_resolves_the_violation_by_whoever_filed_with_the_filing_in_its_evidence()
    {
        var (state, book) = Discovered();

        var closed = DiscoveryClosing.Close(book, Record(new DateOnly(2019, 3, 1)), "unit-user", FiledAt);

        Assert.NotNull(closed);
        Assert.Equal(ViolationStatus.Resolved, closed.Status);
        Assert.Equal(("unit-user", FiledAt), (closed.ClosedBy, closed.ClosedAt));
        Assert.Contains("2026-11-21 09:30（北京时间）由unit-user为主办单位U1备案", closed.Evidence, StringComparison.Ordinal);
        Assert.Null(closed.Rectification);
        Assert.Equal(closed, Assert.Single(state.Violations));
        Assert.Equal(closed, Assert.Single(book.Changed));
    }

    [Fact]
    public void After_a_notice_the_filing_is_a_step_of_the_rectification_history()
    {
        var notice = new Rectification(new DateOnly(2026, 11, 30), Beijing(2026, 11, 20, 10), "supervisor", "请备案",
            History: [new RectificationEntry("notice", Beijing(2026, 11, 20, 10), "supervisor", "请备案")]);
        var (_, book) = Discovered(notice);

        var closed = DiscoveryClosing.Close(book, Record(new DateOnly(2019, 3, 1)), "unit-user", FiledAt);

        Assert.Equal(["notice", DiscoveryClosing.Step], closed!.Rectification!.History!.Select(h => h.Step));
    }

    [Fact]
    public void Nothing_changes_without_an_active_filing_missing_violation()
    {
        var state = new AccountState();
        var book = new ViolationBook(state, "weibo:gz-gov");

        Assert.Null(DiscoveryClosing.Close(book, Record(new DateOnly(2019, 3, 1)), "unit-user", FiledAt));
        Assert.Empty(book.Changed);
    }
}
