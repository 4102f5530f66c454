namespace Media.Domain.Surveys;

/// <summary>
/// The arithmetic of a survey (摸底统计): posting frequency as posts per week from the last 30 days, the share of
/// original posts, and why a unit's second account on a platform is a consolidation candidate (集约整合).
/// </summary>
public static class SurveyFigures
{
    /// <summary>Posts per week over the last 30 days, to one place.</summary>
    public static decimal PerWeek(int posts30d) => Math.Round(posts30d * 7m / 30m, 1);

    /// <summary>Originals among all posts, to four places; null when there were no posts.</summary>
    public static decimal? OriginalShare(int originals30d, int posts30d) =>
        posts30d == 0 ? null : Math.Round((decimal)originals30d / posts30d, 4);

    /// <summary>The rule a unit with more than one account on <paramref name="platform"/> goes against.</summary>
    public static string DuplicateReason(string platform) =>
        platform == "app" ? "一个单位原则上只建设一个移动客户端" : "一个单位原则上在同一平台只开设一个账号";
}
