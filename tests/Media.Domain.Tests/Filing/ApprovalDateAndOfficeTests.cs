using Media.Domain.Accounts;
using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Domain.Tests.Filing;

public class ApprovalDateAndOfficeTests
{
    private static readonly FilingRuleOptions Options = new();

    // 越秀区 (440104) department, approved by the Guangzhou office, opened 2024-03-01 and filed the next day.
    private static readonly OpeningFacts CountyDepartment = new(UnitLevel.County, UnitKind.Department,
        RegionCode.Parse("440104"), Platforms.Weibo, 0, "440100", "穗府办函〔2024〕3号", "区委要求统一发布",
        new DateOnly(2024, 3, 1), new DateTimeOffset(2024, 3, 2, 10, 0, 0, TimeSpan.FromHours(8)), new DateOnly(2024, 2, 20));

    private static string[] Rules(OpeningFacts facts, FilingRuleOptions? options = null) =>
        [.. FilingRules.EvaluateOpening(facts, options ?? Options).Select(f => f.Rule)];

    [Fact]
    public void An_approval_dated_before_or_on_the_opening_raises_nothing_about_it()
    {
        Assert.DoesNotContain(RuleIds.ApprovalAfterOpening, Rules(CountyDepartment));
        Assert.DoesNotContain(RuleIds.ApprovalAfterOpening, Rules(CountyDepartment with { ApprovedOn = new DateOnly(2024, 3, 1) }));
    }

    [Fact]
    public void An_approval_dated_after_the_opening_is_built_before_approved()
    {
        var finding = Assert.Single(FilingRules.EvaluateOpening(CountyDepartment with { ApprovedOn = new DateOnly(2024, 3, 5) }, Options),
            f => f.Rule == RuleIds.ApprovalAfterOpening);

        Assert.Contains("2024-03-05", finding.Message, StringComparison.Ordinal);
        Assert.Contains("未批先建", finding.Message, StringComparison.Ordinal);
        Assert.Equal("未批先建", RuleIds.DisplayName(RuleIds.ApprovalAfterOpening));
    }

    [Fact]
    public void A_legacy_account_is_not_judged_on_its_approval_date() =>
        Assert.DoesNotContain(RuleIds.ApprovalAfterOpening, Rules(CountyDepartment with { ApprovedOn = new DateOnly(2024, 3, 5) },
            new FilingRuleOptions { EffectiveFrom = new DateOnly(2025, 1, 1) }));

    [Fact]
    public void The_county_office_approving_a_county_departments_account_is_the_right_office()
    {
        Assert.DoesNotContain(RuleIds.ApprovalMissing, Rules(CountyDepartment with { ApprovalAuthority = "440104" }));
        Assert.True(ApprovalRouting.IsAcceptedAuthority(UnitLevel.Township, UnitKind.Government,
            RegionCode.Parse("440104"), RegionCode.Parse("440104")));
    }

    [Fact]
    public void The_county_office_does_not_approve_its_own_county_government_nor_another_countys_department()
    {
        Assert.False(ApprovalRouting.IsAcceptedAuthority(UnitLevel.County, UnitKind.Government,
            RegionCode.Parse("440104"), RegionCode.Parse("440104")));
        Assert.Contains(RuleIds.ApprovalMissing, Rules(CountyDepartment with { ApprovalAuthority = "440106" }));
        Assert.Contains(RuleIds.ApprovalMissing, Rules(CountyDepartment with { ApprovalAuthority = "44010X" }));
    }
}
