namespace Media.Domain.Websites;

/// <summary>The column (栏目) categories SPEC §3.6 judges by: each has its own update period.</summary>
public static class ColumnCategories
{
    /// <summary>动态要闻: stale after 2 weeks.</summary>
    public const string News = "news";

    /// <summary>通知公告、政策文件: stale after 6 months.</summary>
    public const string Notice = "notice";

    /// <summary>人事、规划计划: stale after 1 year.</summary>
    public const string Plan = "plan";

    /// <summary>互动交流 (咨询、信箱): judged by its answers, not its updates.</summary>
    public const string Interaction = "interaction";

    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [News, Notice, Plan, Interaction, Other];

    public static bool IsKnown(string? id) => id is not null && All.Contains(id);

    public static string DisplayName(string id) => id switch
    {
        News => "动态要闻",
        Notice => "通知公告/政策文件",
        Plan => "人事/规划计划",
        Interaction => "互动交流",
        Other => "其他",
        _ => id,
    };
}
