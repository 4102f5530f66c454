using System.Globalization;
using Media.Domain.Accounts;
using Media.Domain.Regions;
using Media.Domain.Time;
using Media.Domain.Units;

namespace Media.Domain.Filing;

/// <summary>
/// The filing rules of SPEC §3.1. Filings are always accepted; breaking a rule records a finding,
/// so the unit's data stays complete and supervisors see what to follow up.
/// </summary>
public static class FilingRules
{
    /// <summary>
    /// Findings for a new account, in a fixed order: late, duplicate, level, approval, approval after opening (a website's:
    /// late and duplicate only). A legacy account (opened before
    /// <see cref="FilingRuleOptions.EffectiveFrom"/>) is not judged late or unapproved: those rules did not bind it.
    /// </summary>
    public static IReadOnlyList<Finding> EvaluateOpening(OpeningFacts facts, FilingRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        var findings = new List<Finding>(4);

        var timeliness = OpeningTimeliness(facts, options);
        if (timeliness.Late)
        {
            findings.Add(facts.DiscoveredOn is { } discoveredOn
                ? LateAfterDiscovery(discoveredOn, timeliness.Deadline, facts.FiledAt, options.FilingDeadlineDays)
                : Late("账号开设日期", facts.OpenedOn, facts.FiledAt, options.FilingDeadlineDays));
        }

        if (facts.OtherAccountsOnPlatform > 0)
        {
            findings.Add(Duplicate(facts.Platform, facts.OtherAccountsOnPlatform));
        }

        // The approval and level rules are the new-media accounts' (a website's opening is approved elsewhere, and its
        // filing carries no approval); lateness and a unit's second website are findings for websites too.
        if (facts.Platform == Platforms.Website)
        {
            return findings;
        }

        if (!ApprovalRouting.IsLevelPermitted(facts.Level, facts.Kind))
        {
            findings.Add(LevelNotPermitted(facts.Level, facts.ExceptionReason));
        }

        findings.AddRange(EvaluateApproval(facts, options));
        return findings;
    }

    /// <summary>
    /// The approval findings of an account's opening (<see cref="RuleIds.ApprovalMissing"/>, then
    /// <see cref="RuleIds.ApprovalAfterOpening"/>), judged on the approval the facts carry: at the opening, and again when a
    /// change filing brings or corrects the approval, so a unit that files the missing approval later is no longer listed
    /// as unapproved (an approval dated after the opening is still 未批先建). None for a legacy account or a website.
    /// </summary>
    public static IReadOnlyList<Finding> EvaluateApproval(OpeningFacts facts, FilingRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        if (facts.Platform == Platforms.Website || options.IsLegacy(facts.OpenedOn))
        {
            return [];
        }

        var findings = new List<Finding>(2);
        if (MissingApproval(facts) is { } missing)
        {
            findings.Add(missing);
        }

        if (facts.ApprovedOn is { } approvedOn && approvedOn > facts.OpenedOn)
        {
            findings.Add(new Finding(RuleIds.ApprovalAfterOpening,
                $"审批日期 {Iso(approvedOn)} 晚于账号开设日期 {Iso(facts.OpenedOn)}，属未批先建，应先经审批再开设账号。"));
        }

        return findings;
    }

    /// <summary>
    /// The deadline of an opening and whether the filing missed it. An account a supervisor discovered unfiled
    /// (<c>filing-missing</c>) counts from the discovery date (SPEC §3.3), not from an opening date perhaps years ago, and is
    /// judged even when it is legacy: the discovery, not the old opening, is what the unit had to answer under the rules in
    /// force. Otherwise it counts from the opening date, and a legacy account is never late.
    /// </summary>
    public static FilingTimeliness OpeningTimeliness(OpeningFacts facts, FilingRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        var days = options.FilingDeadlineDays;
        var from = FilingDeadline.OpeningCountsFrom(facts.OpenedOn, facts.DiscoveredOn);
        var discovered = facts.DiscoveredOn is not null;
        var judged = discovered || !options.IsLegacy(facts.OpenedOn);
        return new FilingTimeliness(from, FilingDeadline.DeadlineFor(from, days),
            judged && FilingDeadline.IsLate(from, facts.FiledAt, days), discovered);
    }

    /// <summary>
    /// The <c>filing-missing</c> finding of an account a supervisor discovered unfiled: what was found, and the date by
    /// which its unit has to file it, counted from the discovery.
    /// </summary>
    /// <param name="discoveredOn">Beijing date of the discovery.</param>
    /// <param name="name">The account's name as found.</param>
    /// <param name="url">Its home page, if known.</param>
    /// <param name="unitName">The unit believed to run it, if known.</param>
    /// <param name="options">Rule thresholds.</param>
    public static Finding Missing(DateOnly discoveredOn, string name, string? url, string? unitName, FilingRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var days = options.FilingDeadlineDays;
        var where = url is null ? "" : $"（{url}）";
        var unit = unitName is null ? "" : $"，疑似主办单位为{unitName}";
        return new Finding(RuleIds.FilingMissing,
            $"{Iso(discoveredOn)}发现账号“{name}”{where}未备案{unit}；主办单位应自发现之日起{days}日内、" +
            $"于{Iso(FilingDeadline.DeadlineFor(discoveredOn, days))}（含）前备案，逾期备案记为备案超期。");
    }

    /// <summary>A <c>filing-late</c> finding for a change, closure or cancellation, or null when on time.</summary>
    /// <param name="kind">One of <see cref="LifecycleKinds"/>.</param>
    /// <param name="effectiveOn">Beijing date the change, closure or cancellation took effect.</param>
    /// <param name="filedAt">The instant the filing was submitted.</param>
    /// <param name="options">Rule thresholds.</param>
    public static Finding? EvaluateLifecycleFiling(
        string kind, DateOnly effectiveOn, DateTimeOffset filedAt, FilingRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var what = LifecycleKinds.DisplayName(kind);
        return FilingDeadline.IsLate(effectiveOn, filedAt, options.FilingDeadlineDays)
            ? Late($"账号{what}生效日期", effectiveOn, filedAt, options.FilingDeadlineDays)
            : null;
    }

    private static Finding Late(string dateLabel, DateOnly effectiveOn, DateTimeOffset filedAt, int days)
    {
        var deadline = FilingDeadline.DeadlineFor(effectiveOn, days);
        var filedOn = BeijingTime.DateOf(filedAt);
        return new Finding(
            RuleIds.FilingLate,
            $"{dateLabel}为{Iso(effectiveOn)}，应于{Iso(deadline)}（含）前备案，实际备案日期为{Iso(filedOn)}（北京时间），超过{days}日备案期限。");
    }

    private static Finding LateAfterDiscovery(DateOnly discoveredOn, DateOnly deadline, DateTimeOffset filedAt, int days) =>
        new(RuleIds.FilingLate,
            $"该账号于{Iso(discoveredOn)}被发现未备案，自发现之日起应于{Iso(deadline)}（含）前备案，" +
            $"实际备案日期为{Iso(BeijingTime.DateOf(filedAt))}（北京时间），超过{days}日备案期限。");

    private static Finding Duplicate(string platform, int others)
    {
        var message = platform == Platforms.App
            ? $"该单位已建设{others}个其他移动客户端，一个单位原则上只建设一个移动客户端，请集约整合。"
            : $"该单位在{Platforms.DisplayName(platform)}已开设{others}个其他账号，同一平台原则上只开设一个账号，请集约整合。";
        return new Finding(RuleIds.DuplicateAccount, message);
    }

    private static Finding LevelNotPermitted(UnitLevel level, string? exceptionReason)
    {
        var unit = level == UnitLevel.Township ? UnitLevels.DisplayName(level) : "县级政府部门";
        var reason = string.IsNullOrWhiteSpace(exceptionReason)
            ? "未说明例外理由。"
            : $"例外理由：{exceptionReason.Trim()}。";
        return new Finding(RuleIds.LevelNotPermitted, $"{unit}原则上不开设政务新媒体账号；{reason}");
    }

    private static Finding? MissingApproval(OpeningFacts facts)
    {
        var required = ApprovalRouting.RequiredAuthority(facts.Level, facts.Kind, facts.UnitRegion);
        var authority = facts.ApprovalAuthority?.Trim();
        var problems = new List<string>(2);
        if (string.IsNullOrEmpty(authority))
        {
            problems.Add("未填写审批机关");
        }
        else if (!RegionCode.TryParse(authority, out var given)
            || !ApprovalRouting.IsAcceptedAuthority(facts.Level, facts.Kind, facts.UnitRegion, given))
        {
            problems.Add($"审批机关 {authority} 不是规定的审批机关");
        }

        if (string.IsNullOrWhiteSpace(facts.ApprovalDocumentNo))
        {
            problems.Add("未填写审批文号");
        }

        if (problems.Count == 0)
        {
            return null;
        }

        var unit = UnitLevels.DisplayName(facts.Level) + UnitLevels.DisplayName(facts.Kind);
        var office = required.Level == RegionLevel.Province ? "省政府办公厅" : "市政府办公室";
        return new Finding(
            RuleIds.ApprovalMissing,
            $"{string.Join("，", problems)}；{unit}新开设账号应由 {required} 审批（{office}）。");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
