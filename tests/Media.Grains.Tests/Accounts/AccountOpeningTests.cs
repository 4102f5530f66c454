using Media.Abstractions.Accounts;
using Media.Abstractions.Units;
using Media.Domain.Filing;
using Media.Grains.Accounts;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Accounts;

/// <summary>An opening filing (开设备案) checked against its unit and turned into the record to store.</summary>
public sealed class AccountOpeningTests
{
    private static readonly FilingRuleOptions Options = new();
    private static readonly DateOnly OpenedOn = new(2026, 11, 1);
    private static readonly UnitRecord CityDepartment = Unit("city", "department", "440100");

    [Fact]
    public void An_approved_opening_filed_in_time_is_recorded_without_findings()
    {
        var (opening, rejection) = AccountOpening.Evaluate("weibo:gz-edu", CityDepartment,
            Command(new ApprovalRecord("440100", "穗府办〔2026〕1号", OpenedOn)), Beijing(2026, 11, 4, 23, 59), Options);

        Assert.Null(rejection);
        var record = opening!.Build(otherAccountsOnPlatform: 0);
        Assert.Equal(("weibo:gz-edu", "weibo", "gz-edu", "440100", AccountStatus.Active), (record.Id, record.Platform, record.Handle, record.RegionCode, record.Status));
        var filing = Assert.Single(record.Filings);
        Assert.Equal((FilingKind.Open, new DateOnly(2026, 11, 4), false), (filing.Kind, filing.Deadline, filing.Late));
        Assert.Empty(record.Findings);
    }

    [Fact]
    public void A_late_unapproved_second_account_on_the_platform_gets_each_finding_in_order()
    {
        var (opening, _) = AccountOpening.Evaluate("weibo:gz-edu", CityDepartment, Command(null), Beijing(2026, 11, 5), Options);

        var record = opening!.Build(otherAccountsOnPlatform: 1);

        Assert.True(Assert.Single(record.Filings).Late);
        Assert.Equal([RuleIds.FilingLate, RuleIds.DuplicateAccount, RuleIds.ApprovalMissing], record.Findings.Select(f => f.Rule));
        Assert.All(record.Findings, f => Assert.Equal(Beijing(2026, 11, 5), f.DetectedAt));
    }

    [Fact]
    public void An_id_that_is_not_platform_and_handle_is_refused()
    {
        var (opening, rejection) = AccountOpening.Evaluate("gz-edu", CityDepartment, Command(null), Beijing(2026, 11, 2), Options);

        Assert.Null(opening);
        Assert.Equal((FilingOutcomeKind.Rejected, "id"), (rejection!.Kind, rejection.Field));
    }

    [Fact]
    public void A_unit_whose_level_or_kind_is_unknown_is_refused()
    {
        var (_, badLevel) = AccountOpening.Evaluate("weibo:x", Unit("village", "government", "440104"), Command(null), Beijing(2026, 11, 2), Options);
        var (_, badKind) = AccountOpening.Evaluate("weibo:x", Unit("county", "committee", "440104"), Command(null), Beijing(2026, 11, 2), Options);

        Assert.Equal("unitCode", badLevel!.Field);
        Assert.Equal("unitCode", badKind!.Field);
    }

    [Theory]
    [InlineData("county", "department", null)]
    [InlineData("county", "department", "  ")]
    [InlineData("township", "government", "")]
    public void A_unit_that_in_principle_may_not_open_accounts_must_give_a_reason(string level, string kind, string? reason)
    {
        var (opening, rejection) = AccountOpening.Evaluate("weibo:x", Unit(level, kind, "440104"), Command(null, reason), Beijing(2026, 11, 2), Options);

        Assert.Null(opening);
        Assert.Equal(("exceptionReason", ExceptionReason.Message), (rejection!.Field, rejection.Error));
    }

    [Fact]
    public void With_a_reason_such_a_unit_opens_the_account_and_the_exception_is_recorded_as_a_finding()
    {
        var (opening, rejection) = AccountOpening.Evaluate("weibo:x", Unit("county", "department", "440104"),
            Command(new ApprovalRecord("440100", "穗府办〔2026〕2号", OpenedOn), "防汛应急发布"), Beijing(2026, 11, 2), Options);

        Assert.Null(rejection);
        var finding = Assert.Single(opening!.Build(0).Findings);
        Assert.Equal(RuleIds.LevelNotPermitted, finding.Rule);
        Assert.Contains("防汛应急发布", finding.Message, StringComparison.Ordinal);
    }

    private static UnitRecord Unit(string level, string kind, string region) =>
        new("91440100MA5ABCDE1X", "单位", region, level, kind, null, Beijing(2026, 1, 1));

    private static OpenAccountCommand Command(ApprovalRecord? approval, string? exceptionReason = null) =>
        new("91440100MA5ABCDE1X",
            new AccountProfile("广州教育", "https://weibo.example.cn/gz-edu", null, true, Responsible, null),
            OpenedOn, approval, exceptionReason, "unit-user");
}
