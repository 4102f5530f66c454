namespace Media.Domain.Filing;

/// <summary>Stable filing rule ids (SPEC §3.1), used in the API, emails and reports.</summary>
public static class RuleIds
{
    public const string FilingLate = "filing-late";
    public const string FilingMissing = "filing-missing";
    public const string DuplicateAccount = "duplicate-account";
    public const string LevelNotPermitted = "level-not-permitted";
    public const string ApprovalMissing = "approval-missing";

    /// <summary>未批先建: the approval is dated after the account was opened.</summary>
    public const string ApprovalAfterOpening = "approval-after-opening";

    public static IReadOnlyList<string> All { get; } =
        [FilingLate, FilingMissing, DuplicateAccount, LevelNotPermitted, ApprovalMissing, ApprovalAfterOpening];

    /// <summary>
    /// Whether the rule is one a filing record carries as a finding (all but <c>filing-missing</c>, which belongs to an
    /// account nobody has filed and is a violation of its discovery).
    /// </summary>
    public static bool IsFinding(string? ruleId) => ruleId is not null && ruleId != FilingMissing && All.Contains(ruleId);

    /// <summary>The Chinese name; an unknown id is returned unchanged so reports still render.</summary>
    public static string DisplayName(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return ruleId switch
        {
            FilingLate => "备案超期",
            FilingMissing => "未备案",
            DuplicateAccount => "重复开设",
            LevelNotPermitted => "层级不允许开设",
            ApprovalMissing => "未经审批",
            ApprovalAfterOpening => "未批先建",
            _ => ruleId,
        };
    }
}
