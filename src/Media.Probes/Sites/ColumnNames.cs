using Media.Domain.Websites;

namespace Media.Probes.Sites;

/// <summary>
/// Guesses a discovered column's category from its name (SPEC §3.6's categories). Only a guess: a discovered column is
/// not judged until a supervisor confirms it, and the supervisor may change the category then.
/// </summary>
public static class ColumnNames
{
    // Checked in order, so a name with words of two categories ("政策动态") takes the one with the shorter period: the
    // stricter reading of a column the supervisor has not yet confirmed.
    private static readonly (string Category, string[] Words)[] Words =
    [
        (ColumnCategories.News, ["要闻", "动态", "新闻"]),
        (ColumnCategories.Notice, ["通知", "公告", "政策", "文件"]),
        (ColumnCategories.Plan, ["人事", "规划", "计划"]),
        (ColumnCategories.Interaction, ["咨询", "信箱", "互动", "留言"]),
    ];

    public static string GuessCategory(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var (category, words) in Words)
        {
            if (words.Any(w => name.Contains(w, StringComparison.Ordinal)))
            {
                return category;
            }
        }

        return ColumnCategories.Other;
    }
}
