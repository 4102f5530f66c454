using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Domain.Filing;
using Media.Grains.Index;

namespace Media.Grains.Tests.Index;

/// <summary>A filing rule filters the index lines by the findings they carry, and the lines share one copy of each combination.</summary>
public sealed class FindingFilterTests
{
    private static readonly IndexQuery Late = new(null, null, null, null, 10, Rule: RuleIds.FilingLate);

    private static IndexEntry Entry(string id, params string[] findings) =>
        new(id, "U1", "weibo", "测试发布", AccountStatus.Active, new DateOnly(2026, 11, 1), findings.Length, "440104",
            FindingRules: IndexEntry.JoinFindingRules(findings));

    [Fact]
    public void An_account_without_findings_carries_nothing() => Assert.Null(Entry("weibo:a").FindingRules);

    [Fact]
    public void A_filing_rule_keeps_only_the_lines_with_that_finding()
    {
        Assert.True(IndexFilter.Matches(Entry("weibo:late", RuleIds.DuplicateAccount, RuleIds.FilingLate), Late));
        Assert.False(IndexFilter.Matches(Entry("weibo:dup", RuleIds.DuplicateAccount), Late));
        Assert.False(IndexFilter.Matches(Entry("weibo:none"), Late));
    }

    [Fact]
    public void A_monitoring_rule_is_left_to_the_violation_list() =>
        Assert.True(IndexFilter.Matches(Entry("weibo:none"), Late with { Rule = "no-update-2w" }));

    [Fact]
    public void Lines_with_the_same_findings_share_one_string()
    {
        var strings = new SharedStrings();
        var a = strings.Share(Entry("weibo:a", RuleIds.FilingLate, RuleIds.ApprovalMissing));
        var b = strings.Share(Entry("weibo:b", RuleIds.FilingLate, RuleIds.ApprovalMissing));

        Assert.Same(a.FindingRules, b.FindingRules);
        Assert.Same(b, strings.Share(b));
    }
}
