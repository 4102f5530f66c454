using Media.Abstractions;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Sampling;
using Media.Application.Accounts;
using Media.Domain.Accounts;
using Media.Domain.Monitoring;
using Media.Domain.Sampling;
using Media.Domain.Validation;
using Media.Domain.Websites;

namespace Media.Application.Violations;

/// <summary>
/// Problems people find become violations (SPEC §3.4): a confirmed inspection item opens a violation of its rule on the
/// account, with the sampling as its source and the inspector as the one who raised it, so it is noticed, answered and
/// verified like any other; a supervisor's own report does the same with the supervisor as its source.
/// </summary>
public static class HumanFindings
{
    /// <summary>Opens the violations of an inspection's confirmed findings; an <c>other</c> item names no rule, so it opens none.</summary>
    public static async Task<IReadOnlyList<ViolationRecord>> FromInspectionAsync(SamplingRecord sampling, InspectionRecord inspection,
        IGrainFactory grains)
    {
        var account = grains.Ref<IMonitoredAccount>(inspection.AccountId);
        var opened = new List<ViolationRecord>();
        foreach (var finding in inspection.Findings.Where(f => f.Confirmed && f.Rule != InspectionRules.Other))
        {
            var evidence = $"{sampling.Quarter}抽查（{sampling.Id}）发现：{finding.Note ?? ProblemRules.DisplayName(finding.Rule)}";
            if (await account.RecordFindingAsync(new HumanFinding(finding.Rule, evidence, "sampling:" + sampling.Id, inspection.Inspector))
                is { } violation)
            {
                opened.Add(violation);
            }
        }

        return opened;
    }

    /// <summary>
    /// A supervisor's own finding on an account in its jurisdiction opens a violation of the rule; the same supervisor
    /// reporting the same rule again while it is active gets that violation back. Units report nothing here.
    /// </summary>
    public static async Task<Outcome<ViolationRecord>> ReportAsync(Caller caller, string? accountId, string? rule, string? note,
        IGrainFactory grains)
    {
        var errors = new FieldErrors();
        errors.AddIfInvalid("accountId", FieldRules.RequiredText(accountId, 200));
        if (!MonitoringRules.IsKnown(rule) && !WebsiteRules.IsKnown(rule))
        {
            errors.Add("rule", "未知的问题类型：" + string.Join("、", MonitoringRules.All.Concat(WebsiteRules.All)));
        }

        errors.AddIfInvalid("note", FieldRules.RequiredText(note, 500));
        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        if (caller.IsUnit)
        {
            return Refusal.Forbidden("问题由监管单位报告");
        }

        if (await AccountAccess.VisibleAsync(accountId!, caller, grains) is not { } account)
        {
            return Refusal.NotFound(AccountAccess.NotVisible);
        }

        // A website is filed on the account rails but judged by its own rules (SPEC §3.6), and an account never by them.
        if (WebsiteRules.IsKnown(rule) != (account.Platform == Platforms.Website))
        {
            return Refusal.Invalid("rule", account.Platform == Platforms.Website
                ? "政府网站的问题类型须为：" + string.Join("、", WebsiteRules.All)
                : "账号的问题类型须为：" + string.Join("、", MonitoringRules.All));
        }

        var finding = new HumanFinding(rule!, $"{caller.Username}报告：{note!.Trim()}", "report:" + caller.Username, caller.Username);
        return await grains.Ref<IMonitoredAccount>(accountId!).RecordFindingAsync(finding) is { } violation
            ? violation
            : Refusal.NotFound(AccountAccess.NotVisible);
    }
}
