namespace Media.Domain.Websites;

/// <summary>
/// <c>site-columns-stale</c> (栏目不更新), three sub-rules, any one of which is the finding: (a) stale <c>news</c> and
/// <c>notice</c> columns together reach <see cref="WebsiteOptions.StaleNewsAndNoticeColumns"/>; (b) stale columns of any
/// dated category (<c>plan</c> included) reach <see cref="WebsiteOptions.StaleColumns"/>; (c) blank columns reach
/// <see cref="WebsiteOptions.BlankColumns"/>.
/// </summary>
/// <remarks>
/// Columns never read are not judged; with none read the rule is not observed. A column whose items carry no date at all
/// is stale (未注明信息发布时间的视为不更新). A blank column (read, no item) counts under (c) only: the national sheet lists
/// 空白栏目 as its own line, and counting it under (a) as well would reach a veto neither line reaches alone.
/// Staleness only grows with time, so the verdict changes by time alone only when a count crosses its threshold.
/// </remarks>
internal static class ColumnsStaleRule
{
    private sealed record Dated(ColumnFacts Column, DateTimeOffset StaleAt, bool NewsOrNotice);

    public static RuleVerdict Judge(IReadOnlyList<ColumnFacts> columns, WebsiteOptions options, DateTimeOffset at)
    {
        var read = columns.Where(c => c.ReadAt is not null).ToList();
        if (read.Count == 0)
        {
            return RuleVerdict.Unobserved;
        }

        var blank = read.Where(c => c.ItemCount == 0).ToList();
        var dated = read
            .Where(c => c.ItemCount > 0 && StalePeriod(c.Category, options) is not null)
            .Select(c => new Dated(c, StaleAt(c, options), c.Category is ColumnCategories.News or ColumnCategories.Notice))
            .ToList();
        var staleNewsOrNotice = dated.Where(d => d.NewsOrNotice && d.StaleAt <= at).ToList();
        var stale = dated.Where(d => d.StaleAt <= at).ToList();

        var parts = new List<string>();
        if (staleNewsOrNotice.Count >= options.StaleNewsAndNoticeColumns)
        {
            parts.Add($"动态要闻类{options.NewsStaleDays}天、通知公告类{options.NoticeStaleMonths}个月未更新的栏目共{staleNewsOrNotice.Count}个"
                + $"（达到{options.StaleNewsAndNoticeColumns}个）：{Describe(staleNewsOrNotice)}");
        }

        if (stale.Count >= options.StaleColumns)
        {
            parts.Add($"应更新而未更新的栏目共{stale.Count}个（达到{options.StaleColumns}个）：{Describe(stale)}");
        }

        if (blank.Count >= options.BlankColumns)
        {
            parts.Add($"空白栏目共{blank.Count}个（达到{options.BlankColumns}个）：{string.Join("、", blank.Select(c => c.Name))}");
        }

        var next = new[]
        {
            Crossing(dated.Where(d => d.NewsOrNotice), staleNewsOrNotice.Count, options.StaleNewsAndNoticeColumns, at),
            Crossing(dated, stale.Count, options.StaleColumns, at),
        }.Min();
        return parts.Count > 0 ? RuleVerdict.Holds(string.Join("；", parts), next) : RuleVerdict.Clear(next);
    }

    /// <summary>The days or months after which a column of the category is stale; null for undated categories.</summary>
    private static (int Days, int Months)? StalePeriod(string category, WebsiteOptions options) => category switch
    {
        ColumnCategories.News => (options.NewsStaleDays, 0),
        ColumnCategories.Notice => (0, options.NoticeStaleMonths),
        ColumnCategories.Plan => (0, options.PlanStaleMonths),
        _ => null,
    };

    private static DateTimeOffset StaleAt(ColumnFacts column, WebsiteOptions options)
    {
        if (column.Newest?.PublishedAt is not { } published)
        {
            return DateTimeOffset.MinValue;
        }

        var (days, months) = StalePeriod(column.Category, options)!.Value;
        return months > 0 ? RuleClock.AfterMonths(published, months) : RuleClock.AfterDays(published, days);
    }

    /// <summary>When the count of stale columns reaches the threshold, if it has not yet and ever will by time alone.</summary>
    private static DateTimeOffset? Crossing(IEnumerable<Dated> columns, int staleNow, int threshold, DateTimeOffset at)
    {
        if (staleNow >= threshold)
        {
            return null;
        }

        var coming = columns.Select(d => d.StaleAt).Where(t => t > at).Order().ToList();
        var needed = threshold - staleNow;
        return coming.Count >= needed ? coming[needed - 1] : null;
    }

    private static string Describe(IEnumerable<Dated> columns) => string.Join("、", columns.Select(d =>
        d.Column.Newest?.PublishedAt is { } published
            ? $"{d.Column.Name}（最新{RuleClock.Date(published)}）"
            : $"{d.Column.Name}（未注明发布时间）"));
}
