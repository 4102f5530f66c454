namespace Media.Domain.Monitoring;

/// <summary>The monitoring rules of SPEC §3.3: stable ids, Chinese names and kinds.</summary>
public static class MonitoringRules
{
    public const string NoUpdate = "no-update-2w";
    public const string NoUpdateWarning = "no-update-warning";
    public const string AppUnavailable = "app-unavailable";
    public const string NoInteraction = "no-interaction";
    public const string ImproperContent = "improper-content";
    public const string ForcedEngagement = "forced-engagement";
    public const string LowFrequency = "low-frequency";

    public static IReadOnlyList<string> All { get; } =
        [NoUpdate, NoUpdateWarning, AppUnavailable, NoInteraction, ImproperContent, ForcedEngagement, LowFrequency];

    public static bool IsKnown(string? id) => id is not null && All.Contains(id);

    /// <summary>
    /// The Chinese name of a monitoring rule, a website rule (websites share the violation book), or a filing rule (a
    /// discovery's <c>filing-missing</c> is a violation too).
    /// </summary>
    public static string DisplayName(string id) => id switch
    {
        NoUpdate => "监测时间点前2周内无更新",
        NoUpdateWarning => "即将超过2周未更新",
        AppUnavailable => "APP无法下载使用",
        NoInteraction => "未提供有效互动功能",
        ImproperContent => "发布不当内容",
        ForcedEngagement => "强制要求点赞、转发、下载或购买粉丝",
        LowFrequency => "内容更新不及时",
        _ when Websites.WebsiteRules.IsKnown(id) => Websites.WebsiteRules.DisplayName(id),
        _ => Filing.RuleIds.DisplayName(id),
    };

    public static RuleKind KindOf(string id) => id switch
    {
        NoUpdateWarning => RuleKind.Warning,
        LowFrequency => RuleKind.Deduction,
        _ when Websites.WebsiteRules.IsKnown(id) => Websites.WebsiteRules.KindOf(id),
        _ => RuleKind.Veto,
    };

    /// <summary>Rules whose machine hits stay <c>suspected</c> until a supervisor confirms them.</summary>
    public static bool NeedsReview(string id) => id is ImproperContent or ForcedEngagement || Websites.WebsiteRules.NeedsReview(id);
}

/// <summary>A veto (单项否决) fails an inspection outright; a warning or deduction does not.</summary>
public enum RuleKind
{
    Veto = 0,
    Warning = 1,
    Deduction = 2,
}
