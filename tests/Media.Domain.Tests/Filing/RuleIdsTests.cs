using Media.Domain.Filing;

namespace Media.Domain.Tests.Filing;

public class RuleIdsTests
{
    [Theory]
    [InlineData(RuleIds.FilingLate, "filing-late", "备案超期")]
    [InlineData(RuleIds.FilingMissing, "filing-missing", "未备案")]
    [InlineData(RuleIds.DuplicateAccount, "duplicate-account", "重复开设")]
    [InlineData(RuleIds.LevelNotPermitted, "level-not-permitted", "层级不允许开设")]
    [InlineData(RuleIds.ApprovalMissing, "approval-missing", "未经审批")]
    public void Rule_ids_are_stable_and_have_chinese_names(string constant, string id, string name)
    {
        Assert.Equal(id, constant);
        Assert.Equal(name, RuleIds.DisplayName(id));
    }

    [Fact]
    public void An_unknown_rule_is_displayed_by_its_id() => Assert.Equal("no-such-rule", RuleIds.DisplayName("no-such-rule"));

    [Fact]
    public void The_default_filing_deadline_is_three_days() => Assert.Equal(3, new FilingRuleOptions().FilingDeadlineDays);
}
