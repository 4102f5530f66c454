using System.Collections.Immutable;
using Media.Abstractions.Accounts;
using Media.Abstractions.Units;
using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Grains.Accounts;

/// <summary>Applies a change, closure or cancellation filing to a record.</summary>
internal static class AccountLifecycle
{
    /// <summary>
    /// The record after the filing, or null when the filing is not allowed in this status. <paramref name="unit"/> is the
    /// account's unit when the filing brings an approval: the approval findings are judged again on it.
    /// </summary>
    public static AccountSnapshot? Apply(AccountSnapshot record, LifecycleCommand command, DateTimeOffset filedAt,
        FilingRuleOptions options, UnitRecord? unit = null)
    {
        var status = NextStatus(record.Status, command.Kind);
        if (status is null)
        {
            return null;
        }

        var deadline = FilingDeadline.DeadlineFor(command.EffectiveOn, options.FilingDeadlineDays);
        var late = FilingRules.EvaluateLifecycleFiling(Id(command.Kind), command.EffectiveOn, filedAt, options);
        var approval = command.Changes?.Approval ?? record.Approval;
        var findings = Reapproved(record, approval, unit, filedAt, options);
        if (late is not null)
        {
            findings = findings.Add(new FindingRecord(late.Rule, late.Message, filedAt));
        }

        var profile = command.Changes is { } changes ? changes.ApplyTo(record.Profile) : record.Profile;
        var changed = record with
        {
            Profile = profile,
            // A website's home URL is its profile's URL: a change of one is a change of the other.
            Website = record.Website is { } site && profile.Url is { } url ? site with { HomeUrl = url } : record.Website,
            // A change filing may bring the approval an opening lacked (or correct it).
            Approval = approval,
            Status = status.Value,
            Findings = findings,
        };
        var filing = new FilingEntry(command.Kind, command.EffectiveOn, filedAt, deadline, late is not null,
            command.Actor, command.Reason, command.Changes, FilingDifferences.Between(record, changed));
        return changed with { Filings = record.Filings.Add(filing) };
    }

    /// <summary>
    /// The findings with the approval ones judged again on <paramref name="approval"/>, when the filing brought one and the
    /// unit is known: an approval filed later clears <c>approval-missing</c>, and one dated after the opening is recorded
    /// as 未批先建. A finding that still holds keeps the instant it was first detected. The filing history keeps the
    /// before → after of the approval, so clearing the finding hides nothing.
    /// </summary>
    private static ImmutableArray<FindingRecord> Reapproved(AccountSnapshot record, ApprovalRecord? approval, UnitRecord? unit,
        DateTimeOffset filedAt, FilingRuleOptions options)
    {
        if (unit is null || approval is null || ReferenceEquals(approval, record.Approval)
            || !UnitLevels.TryParse(unit.Level, out UnitLevel level) || !UnitLevels.TryParse(unit.Kind, out UnitKind kind)
            || !RegionCode.TryParse(record.RegionCode, out var region))
        {
            return record.Findings;
        }

        var facts = new OpeningFacts(level, kind, region, record.Platform, 0, approval.Authority, approval.DocumentNo,
            record.ExceptionReason, record.OpenedOn, filedAt, approval.ApprovedOn);
        var kept = record.Findings.Where(f => !IsApprovalRule(f.Rule));
        var judged = FilingRules.EvaluateApproval(facts, options).Select(f => new FindingRecord(f.Rule, f.Message,
            record.Findings.FirstOrDefault(old => old.Rule == f.Rule)?.DetectedAt ?? filedAt));
        return [.. kept, .. judged];
    }

    private static bool IsApprovalRule(string rule) => rule is RuleIds.ApprovalMissing or RuleIds.ApprovalAfterOpening;

    /// <summary>Why a filing of this kind cannot be made in this status.</summary>
    public static string RefusalFor(AccountStatus status, FilingKind kind) => (status, kind) switch
    {
        (AccountStatus.Cancelled, _) => "账号已注销，不能再备案变更、关停或注销",
        (AccountStatus.Closed, FilingKind.Close) => "账号已关停",
        _ => "此类备案不适用于该账号当前状态",
    };

    /// <summary>The filing kind as the domain and the API name it.</summary>
    public static string Id(FilingKind kind) => kind.ToString().ToLowerInvariant();

    // A closed (关停) account may still be changed or cancelled; a cancelled (注销) one is final.
    private static AccountStatus? NextStatus(AccountStatus current, FilingKind kind) => (current, kind) switch
    {
        (AccountStatus.Cancelled, _) => null,
        (_, FilingKind.Change) => current,
        (AccountStatus.Active, FilingKind.Close) => AccountStatus.Closed,
        (_, FilingKind.Cancel) => AccountStatus.Cancelled,
        _ => null,
    };
}
