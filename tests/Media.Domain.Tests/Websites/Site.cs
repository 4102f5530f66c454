using Media.Domain.Websites;

namespace Media.Domain.Tests.Websites;

/// <summary>A site that breaks no rule and is observed everywhere, judged at <see cref="At"/>; tests change one fact.</summary>
internal static class Site
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>2026-12-03 10:00 Beijing: the window of 7 days starts 2026-11-26.</summary>
    public static readonly DateTimeOffset At = new(2026, 12, 3, 10, 0, 0, Beijing);

    public static readonly FiledIdentifiers Filed = new("3609000001", "赣ICP备05004216号", "赣公网安备36010202000123号");

    public static readonly FooterFacts Footer = new("3609000001", "赣ICP备05004216号", "赣公网安备 36010202000123号", true, true, true);

    public static SiteFacts Clean { get; } = new(
        At - TimeSpan.FromHours(1),
        new SiteItem("市政府召开常务会议", At - TimeSpan.FromDays(1), "/xw/1.html"),
        false,
        [Column("政务要闻", ColumnCategories.News, At - TimeSpan.FromDays(2))],
        Checks(140, failures: 0),
        Footer,
        true,
        []);

    /// <summary>Only the home page observed: every other rule is not observed.</summary>
    public static SiteFacts HomeOnly(SiteItem? newest) =>
        new(At - TimeSpan.FromHours(1), newest, false, [], [], null, null, []);

    public static SiteJudgement Judge(SiteFacts facts, DateTimeOffset? at = null, WebsiteOptions? options = null) =>
        WebsiteJudge.Judge(facts, Filed, options ?? new WebsiteOptions(), at ?? At);

    public static SiteFinding? Finding(SiteJudgement judgement, string rule) =>
        judgement.Findings.SingleOrDefault(f => f.Rule == rule);

    /// <summary>A read column whose newest item is dated <paramref name="newest"/> (null: its items carry no date).</summary>
    public static ColumnFacts Column(string name, string category, DateTimeOffset? newest, int items = 20) =>
        new(name, category, At - TimeSpan.FromHours(2), items, new SiteItem(name + "最新信息", newest, null));

    public static ColumnFacts Blank(string name, string category = ColumnCategories.Other) =>
        new(name, category, At - TimeSpan.FromHours(2), 0, null);

    /// <summary>
    /// <paramref name="count"/> checks 72 min apart back from <paramref name="end"/> (default <see cref="At"/>), 20 a
    /// day; the newest <paramref name="failures"/> failed, or the oldest with <paramref name="oldestFail"/>.
    /// </summary>
    public static IReadOnlyList<SiteCheckFact> Checks(int count, int failures, DateTimeOffset? end = null, bool oldestFail = false) =>
        [.. Enumerable.Range(0, count).Select(i => new SiteCheckFact(
            (end ?? At) - (TimeSpan.FromMinutes(72) * i),
            oldestFail ? i < count - failures : i >= failures))];
}
