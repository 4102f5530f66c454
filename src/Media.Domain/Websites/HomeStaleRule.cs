namespace Media.Domain.Websites;

/// <summary>
/// <c>site-home-stale</c> (首页不更新): the newest dated item on the home page is <see cref="WebsiteOptions.HomeStaleDays"/>
/// × 24 h old or older. For a navigation-only home page, the newest dated item of any column read counts instead. An item
/// without a publication date counts as not updated (未注明信息发布时间的视为不更新), so it never keeps a site fresh.
/// </summary>
internal static class HomeStaleRule
{
    public static RuleVerdict Judge(SiteFacts facts, WebsiteOptions options, DateTimeOffset at)
    {
        if (facts.HomeReadAt is null)
        {
            return RuleVerdict.Unobserved;
        }

        SiteItem? newest;
        string place;
        if (facts.HomeNavigationOnly)
        {
            var read = facts.Columns.Where(c => c.ReadAt is not null).ToList();
            if (read.Count == 0)
            {
                // A navigation page says nothing of updates; without a column read there is nothing to judge.
                return RuleVerdict.Unobserved;
            }

            newest = read.Select(c => c.Newest).Where(i => i?.PublishedAt is not null).MaxBy(i => i!.PublishedAt);
            place = "首页为导航页，各栏目";
        }
        else
        {
            newest = facts.HomeNewest;
            place = "首页";
        }

        if (newest?.PublishedAt is not { } published)
        {
            // Nothing dated appears on its own: only a new observation can clear this.
            return RuleVerdict.Holds(newest is null
                ? $"{place}未见注明发布时间的信息（未注明信息发布时间的视为不更新）"
                : $"{place}最新信息《{newest.Title}》未注明发布时间，视为不更新");
        }

        var staleAt = RuleClock.AfterDays(published, options.HomeStaleDays);
        return at >= staleAt
            ? RuleVerdict.Holds($"{place}最新信息《{newest.Title}》发布于{RuleClock.Date(published)}，已{(int)(at - published).TotalDays}天未更新（达到{options.HomeStaleDays}天）")
            : RuleVerdict.Clear(staleAt);
    }
}
