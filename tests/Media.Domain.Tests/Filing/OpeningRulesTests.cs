using Media.Domain.Accounts;
using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Domain.Tests.Filing;

public class OpeningRulesTests
{
    private static readonly TimeSpan Utc8 = TimeSpan.FromHours(8);
    private static readonly FilingRuleOptions Options = new();

    // 广州市人民政府 opens a Weibo account on 2024-03-01, approved by the province office, filed next day.
    private static readonly OpeningFacts Clean = new(
        Level: UnitLevel.City,
        Kind: UnitKind.Government,
        UnitRegion: RegionCode.Parse("440100"),
        Platform: Platforms.Weibo,
        OtherAccountsOnPlatform: 0,
        ApprovalAuthority: "440000",
        ApprovalDocumentNo: "粤办函〔2024〕12号",
        ExceptionReason: null,
        OpenedOn: new DateOnly(2024, 3, 1),
        FiledAt: new DateTimeOffset(2024, 3, 2, 10, 0, 0, Utc8));

    private static IReadOnlyList<Finding> Evaluate(OpeningFacts facts) => FilingRules.EvaluateOpening(facts, Options);

    private static Finding Single(OpeningFacts facts, string rule) => Assert.Single(Evaluate(facts), f => f.Rule == rule);

    [Fact]
    public void A_correct_timely_approved_filing_has_no_findings() => Assert.Empty(Evaluate(Clean));

    [Fact]
    public void Filing_on_day_three_at_2359_beijing_is_on_time()
    {
        Assert.Empty(Evaluate(Clean with { FiledAt = new DateTimeOffset(2024, 3, 4, 23, 59, 59, Utc8) }));
        Assert.Empty(Evaluate(Clean with { FiledAt = new DateTimeOffset(2024, 3, 4, 15, 59, 59, TimeSpan.Zero) }));
    }

    [Fact]
    public void Filing_on_day_four_at_0000_beijing_is_late_whichever_offset_the_instant_carries()
    {
        foreach (var filedAt in new[]
        {
            new DateTimeOffset(2024, 3, 5, 0, 0, 0, Utc8),
            new DateTimeOffset(2024, 3, 4, 16, 0, 0, TimeSpan.Zero),
        })
        {
            var finding = Assert.Single(Evaluate(Clean with { FiledAt = filedAt }));

            Assert.Equal(RuleIds.FilingLate, finding.Rule);
            Assert.Equal(
                "账号开设日期为2024-03-01，应于2024-03-04（含）前备案，实际备案日期为2024-03-05（北京时间），超过3日备案期限。",
                finding.Message);
        }
    }

    [Fact]
    public void A_second_account_on_the_same_platform_is_a_duplicate()
    {
        var finding = Single(Clean with { OtherAccountsOnPlatform = 1 }, RuleIds.DuplicateAccount);

        Assert.Contains("微博", finding.Message, StringComparison.Ordinal);
        Assert.Contains("同一平台原则上只开设一个账号", finding.Message, StringComparison.Ordinal);
        Assert.Contains("集约整合", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_mobile_client_gets_the_one_app_per_unit_message()
    {
        var finding = Single(Clean with { Platform = Platforms.App, OtherAccountsOnPlatform = 1 }, RuleIds.DuplicateAccount);

        Assert.Contains("只建设一个移动客户端", finding.Message, StringComparison.Ordinal);
        Assert.Contains("集约整合", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("同一平台", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_mobile_client_is_not_a_duplicate() => Assert.Empty(Evaluate(Clean with { Platform = Platforms.App }));

    [Fact]
    public void A_county_department_account_is_recorded_with_its_exception_reason()
    {
        var facts = Clean with
        {
            Level = UnitLevel.County,
            Kind = UnitKind.Department,
            UnitRegion = RegionCode.Parse("440103"),
            ApprovalAuthority = "440100",
            ExceptionReason = "防汛应急信息发布需要",
        };

        var finding = Assert.Single(Evaluate(facts));

        Assert.Equal(RuleIds.LevelNotPermitted, finding.Rule);
        Assert.Equal("县级政府部门原则上不开设政务新媒体账号；例外理由：防汛应急信息发布需要。", finding.Message);
    }

    [Fact]
    public void A_township_account_without_a_reason_says_so()
    {
        var facts = Clean with
        {
            Level = UnitLevel.Township,
            UnitRegion = RegionCode.Parse("440103"),
            ApprovalAuthority = "440100",
        };

        var finding = Single(facts, RuleIds.LevelNotPermitted);

        Assert.Equal("乡镇（街道）原则上不开设政务新媒体账号；未说明例外理由。", finding.Message);
    }

    [Fact]
    public void A_county_government_approved_by_its_city_has_no_findings() =>
        Assert.Empty(Evaluate(Clean with { Level = UnitLevel.County, UnitRegion = RegionCode.Parse("440303"), ApprovalAuthority = "440300" }));

    [Fact]
    public void Approval_by_the_wrong_office_names_the_required_one()
    {
        var finding = Single(Clean with { ApprovalAuthority = "440100" }, RuleIds.ApprovalMissing);

        Assert.Contains("440100", finding.Message, StringComparison.Ordinal);
        Assert.Contains("应由 440000 审批", finding.Message, StringComparison.Ordinal);
        Assert.Contains("省政府办公厅", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_city_department_must_be_approved_by_the_city_office()
    {
        var facts = Clean with { Kind = UnitKind.Department, UnitRegion = RegionCode.Parse("440300") };

        var finding = Single(facts, RuleIds.ApprovalMissing);

        Assert.Contains("应由 440300 审批", finding.Message, StringComparison.Ordinal);
        Assert.Contains("市政府办公室", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Evaluate(facts with { ApprovalAuthority = " 440300 " }));
    }

    [Theory]
    [InlineData(null, "粤办函〔2024〕12号", "未填写审批机关")]
    [InlineData("  ", "粤办函〔2024〕12号", "未填写审批机关")]
    [InlineData("440000", null, "未填写审批文号")]
    [InlineData("440000", " ", "未填写审批文号")]
    public void Approval_without_an_authority_or_document_number_is_missing(string? authority, string? documentNo, string reason)
    {
        var finding = Single(Clean with { ApprovalAuthority = authority, ApprovalDocumentNo = documentNo }, RuleIds.ApprovalMissing);

        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
        Assert.Contains("应由 440000 审批", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_come_in_a_fixed_order()
    {
        var facts = Clean with
        {
            Level = UnitLevel.Township,
            UnitRegion = RegionCode.Parse("440103"),
            OtherAccountsOnPlatform = 2,
            ApprovalAuthority = null,
            FiledAt = new DateTimeOffset(2024, 4, 1, 9, 0, 0, Utc8),
        };

        Assert.Equal(
            [RuleIds.FilingLate, RuleIds.DuplicateAccount, RuleIds.LevelNotPermitted, RuleIds.ApprovalMissing],
            Evaluate(facts).Select(f => f.Rule));
    }
}
