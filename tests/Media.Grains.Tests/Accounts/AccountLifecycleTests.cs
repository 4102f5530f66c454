using Media.Abstractions.Accounts;
using Media.Domain.Filing;
using Media.Grains.Accounts;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Accounts;

/// <summary>Change (变更), closure (关停) and cancellation (注销) filings applied to a record.</summary>
public sealed class AccountLifecycleTests
{
    private static readonly FilingRuleOptions Options = new();
    private static readonly DateOnly Effective = new(2026, 11, 1);

    [Fact]
    public void A_change_filed_on_the_third_day_alters_the_profile_and_is_on_time()
    {
        var record = Record(new DateOnly(2026, 1, 1));
        var change = new AccountChanges("广州市政府发布", null, "https://weibo.example.cn/gz/feed", null, null, null);

        var after = AccountLifecycle.Apply(record, Command(FilingKind.Change, change), Beijing(2026, 11, 4, 23, 59), Options)!;

        Assert.Equal(AccountStatus.Active, after.Status);
        Assert.Equal(("广州市政府发布", "https://weibo.example.cn/gz/feed", "https://weibo.example.cn/gz"),
            (after.Profile.Name, after.Profile.FeedUrl, after.Profile.Url));
        var filing = Assert.Single(after.Filings);
        Assert.Equal((FilingKind.Change, new DateOnly(2026, 11, 4), false), (filing.Kind, filing.Deadline, filing.Late));
        Assert.Empty(after.Findings);
    }

    [Fact]
    public void A_change_of_the_phone_alone_keeps_the_name_and_email_and_records_the_old_and_new_numbers()
    {
        var record = Record(new DateOnly(2026, 1, 1));
        var change = new AccountChanges(null, null, null, null, null, null, new ContactChanges(null, "13900139000", null));

        var after = AccountLifecycle.Apply(record, Command(FilingKind.Change, change), Beijing(2026, 11, 2), Options)!;

        Assert.Equal(record.Profile.Responsible with { Phone = "13900139000" }, after.Profile.Responsible);
        var difference = Assert.Single(Assert.Single(after.Filings).Differences!.Value);
        Assert.Equal(new FieldDifference("responsible.phone", record.Profile.Responsible.Phone, "13900139000"), difference);
    }

    [Fact]
    public void A_change_may_add_the_approval_the_opening_lacked_and_the_history_keeps_each_item()
    {
        var record = Record(new DateOnly(2026, 1, 1));
        var approval = new ApprovalRecord("440100", "穗府办函〔2026〕12号", new DateOnly(2025, 12, 20));
        var change = new AccountChanges(null, null, null, false, null, null, Approval: approval);

        var after = AccountLifecycle.Apply(record, Command(FilingKind.Change, change), Beijing(2026, 11, 2), Options)!;

        Assert.Equal(approval, after.Approval);
        Assert.False(after.Profile.Interaction);
        Assert.Equal(
            [
                new FieldDifference("interaction", "true", "false"),
                new FieldDifference("approval.authority", null, "440100"),
                new FieldDifference("approval.documentNo", null, "穗府办函〔2026〕12号"),
                new FieldDifference("approval.approvedOn", null, "2025-12-20"),
            ],
            Assert.Single(after.Filings).Differences!.Value);
    }

    [Fact]
    public void A_closure_filed_on_the_fourth_day_Beijing_is_late_and_leaves_a_finding()
    {
        // 16:00 UTC on the 4th is already 00:00 on the 5th in Beijing.
        var filedAt = new DateTimeOffset(2026, 11, 4, 16, 0, 0, TimeSpan.Zero);

        var after = AccountLifecycle.Apply(Record(new DateOnly(2026, 1, 1)), Command(FilingKind.Close), filedAt, Options)!;

        Assert.Equal(AccountStatus.Closed, after.Status);
        Assert.True(Assert.Single(after.Filings).Late);
        var finding = Assert.Single(after.Findings);
        Assert.Equal(RuleIds.FilingLate, finding.Rule);
        Assert.Contains("关停", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_account_can_still_be_changed_and_cancelled_but_not_closed_again()
    {
        var closed = Record(new DateOnly(2026, 1, 1), status: AccountStatus.Closed);
        var filedAt = Beijing(2026, 11, 2);

        Assert.Equal(AccountStatus.Closed, AccountLifecycle.Apply(closed, Command(FilingKind.Change), filedAt, Options)!.Status);
        Assert.Equal(AccountStatus.Cancelled, AccountLifecycle.Apply(closed, Command(FilingKind.Cancel), filedAt, Options)!.Status);
        Assert.Null(AccountLifecycle.Apply(closed, Command(FilingKind.Close), filedAt, Options));
        Assert.Equal("账号已关停", AccountLifecycle.RefusalFor(AccountStatus.Closed, FilingKind.Close));
    }

    [Theory]
    [InlineData(FilingKind.Change)]
    [InlineData(FilingKind.Close)]
    [InlineData(FilingKind.Cancel)]
    public void A_cancelled_account_is_final(FilingKind kind)
    {
        var cancelled = Record(new DateOnly(2026, 1, 1), status: AccountStatus.Cancelled);

        Assert.Null(AccountLifecycle.Apply(cancelled, Command(kind), Beijing(2026, 11, 2), Options));
        Assert.Equal("账号已注销，不能再备案变更、关停或注销", AccountLifecycle.RefusalFor(AccountStatus.Cancelled, kind));
    }

    [Fact]
    public void An_opening_is_not_a_lifecycle_filing()
    {
        Assert.Null(AccountLifecycle.Apply(Record(new DateOnly(2026, 1, 1)), Command(FilingKind.Open), Beijing(2026, 11, 2), Options));
        Assert.Equal("此类备案不适用于该账号当前状态", AccountLifecycle.RefusalFor(AccountStatus.Active, FilingKind.Open));
    }

    [Fact]
    public void Filing_kinds_are_named_as_the_domain_names_them()
    {
        Assert.Equal(LifecycleKinds.All, [AccountLifecycle.Id(FilingKind.Change), AccountLifecycle.Id(FilingKind.Close), AccountLifecycle.Id(FilingKind.Cancel)]);
    }

    private static LifecycleCommand Command(FilingKind kind, AccountChanges? changes = null) =>
        new(kind, Effective, changes, kind == FilingKind.Change ? null : "机构调整", "unit-user");
}
