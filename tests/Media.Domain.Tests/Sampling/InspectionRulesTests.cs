using Media.Domain.Monitoring;
using Media.Domain.Sampling;
using Media.Domain.Validation;

namespace Media.Domain.Tests.Sampling;

public sealed class InspectionRulesTests
{
    [Fact]
    public void A_pass_without_findings_on_a_sampled_account_is_valid()
    {
        var errors = new FieldErrors();
        var findings = InspectionRules.Validate("weibo:a", isMember: true, passed: true, findings: null, errors);
        Assert.True(errors.IsEmpty);
        Assert.Empty(findings);
    }

    [Fact]
    public void An_account_outside_the_sample_and_a_missing_verdict_are_both_reported()
    {
        var errors = new FieldErrors();
        InspectionRules.Validate("weibo:a", isMember: false, passed: null, findings: null, errors);
        var all = errors.ToDictionary();
        Assert.Equal(["该账号不在本次抽查样本或复查名单中"], all["accountId"]);
        Assert.Equal(["请填写检查结论（true 合格，false 不合格）"], all["passed"]);
    }

    [Fact]
    public void A_blank_account_is_named_as_missing_rather_than_outside_the_sample()
    {
        var errors = new FieldErrors();
        InspectionRules.Validate(" ", isMember: false, passed: true, findings: null, errors);
        Assert.Equal(["不能为空"], errors.ToDictionary()["accountId"]);
    }

    [Fact]
    public void A_confirmed_veto_cannot_pass()
    {
        var errors = new FieldErrors();
        InspectionRules.Validate("weibo:a", true, passed: true, [new FindingInput(MonitoringRules.NoUpdate, null, null)], errors);
        Assert.Equal(["已确认存在单项否决问题的账号应判定为不合格"], errors.ToDictionary()["passed"]);
    }

    [Fact]
    public void An_unconfirmed_veto_or_a_deduction_may_pass()
    {
        var errors = new FieldErrors();
        var findings = InspectionRules.Validate("weibo:a", true, passed: true,
            [new FindingInput(MonitoringRules.NoUpdate, null, false), new FindingInput(MonitoringRules.LowFrequency, " 稍慢 ", true)], errors);
        Assert.True(errors.IsEmpty);
        Assert.Equal([new CheckedFinding(MonitoringRules.NoUpdate, null, false), new CheckedFinding(MonitoringRules.LowFrequency, "稍慢", true)],
            findings);
    }

    [Fact]
    public void A_fail_needs_at_least_one_confirmed_problem()
    {
        var errors = new FieldErrors();
        InspectionRules.Validate("weibo:a", true, passed: false, [new FindingInput(MonitoringRules.NoUpdate, null, false)], errors);
        Assert.Equal(["判定不合格时请至少确认一项问题"], errors.ToDictionary()["findings"]);
    }

    [Fact]
    public void A_fail_for_a_problem_no_rule_names_is_valid_and_other_is_never_a_veto()
    {
        var errors = new FieldErrors();
        var findings = InspectionRules.Validate("weibo:a", true, passed: false, [new FindingInput(InspectionRules.Other, "栏目空白", null)], errors);
        Assert.True(errors.IsEmpty);
        Assert.Equal(InspectionRules.Other, Assert.Single(findings).Rule);
    }

    [Fact]
    public void Unknown_rules_and_empty_notes_are_reported_by_index_and_left_out()
    {
        var errors = new FieldErrors();
        var findings = InspectionRules.Validate("weibo:a", true, passed: false,
            [null, new FindingInput("made-up", null, true), new FindingInput(MonitoringRules.NoUpdate, "  ", true), new FindingInput(MonitoringRules.NoUpdate, null, true)],
            errors);
        var all = errors.ToDictionary();
        Assert.StartsWith("未知的问题类型：", all["findings[0].rule"][0]);
        Assert.StartsWith("未知的问题类型：", all["findings[1].rule"][0]);
        Assert.True(all.ContainsKey("findings[2].note"));
        Assert.Single(findings);
    }

    [Fact]
    public void More_findings_than_the_limit_are_refused_whole()
    {
        var errors = new FieldErrors();
        var many = Enumerable.Repeat<FindingInput?>(new FindingInput(MonitoringRules.NoUpdate, null, true), InspectionRules.MaxFindings + 1).ToList();
        var findings = InspectionRules.Validate("weibo:a", true, passed: false, many, errors);
        Assert.Empty(findings);
        Assert.Equal([$"每个账号最多记录{InspectionRules.MaxFindings}项问题"], errors.ToDictionary()["findings"]);
    }
}
