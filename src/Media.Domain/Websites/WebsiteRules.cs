using Media.Domain.Monitoring;

namespace Media.Domain.Websites;

/// <summary>The website rules of SPEC §3.6: stable ids, Chinese names and kinds.</summary>
public static class WebsiteRules
{
    public const string Unreachable = "site-unreachable";
    public const string HomeStale = "site-home-stale";
    public const string ColumnsStale = "site-columns-stale";
    public const string InteractionPoor = "site-interaction-poor";
    public const string Identifiers = "site-identifiers";
    public const string ContentError = "site-content-error";

    public static IReadOnlyList<string> All { get; } =
        [Unreachable, HomeStale, ColumnsStale, InteractionPoor, Identifiers, ContentError];

    public static bool IsKnown(string? id) => id is not null && All.Contains(id);

    public static string DisplayName(string id) => id switch
    {
        Unreachable => "站点无法访问",
        HomeStale => "首页不更新",
        ColumnsStale => "栏目不更新",
        InteractionPoor => "互动回应差",
        Identifiers => "网站标识不规范",
        ContentError => "严重表述错误",
        _ => id,
    };

    public static RuleKind KindOf(string id) => id == Identifiers ? RuleKind.Deduction : RuleKind.Veto;

    /// <summary>Machine hits of these stay <c>suspected</c> until a supervisor confirms them.</summary>
    public static bool NeedsReview(string id) => id == ContentError;
}
