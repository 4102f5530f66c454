namespace Media.Domain.Websites;

/// <summary>One dated (or undated) item of a list page: title, publication time when the page gives one, link.</summary>
public sealed record SiteItem(string Title, DateTimeOffset? PublishedAt, string? Url);

/// <summary>
/// What Media last read of one column. <paramref name="ReadAt"/> is null while the column was never read successfully
/// (no verdict on it); <paramref name="ItemCount"/> 0 with a read is a blank column (空白栏目).
/// </summary>
public sealed record ColumnFacts(string Name, string Category, DateTimeOffset? ReadAt, int ItemCount, SiteItem? Newest);

/// <summary>One availability check of the home page (Media's own probe or an external monitor's).</summary>
public sealed record SiteCheckFact(DateTimeOffset At, bool Ok);

/// <summary>A message published in a consultation column, with the date of its answer when answered.</summary>
public sealed record QuestionFact(string Title, DateTimeOffset AskedAt, DateTimeOffset? AnsweredAt);

/// <summary>The identifiers found in the footer (or head) of the home page.</summary>
public sealed record FooterFacts(string? SiteIdCode, string? Icp, string? PublicSecurity, bool Conac, bool Jiucuo, bool SiteMap);

/// <summary>The identifiers the filing declares: a footer value that differs is a finding.</summary>
public sealed record FiledIdentifiers(string SiteIdCode, string? Icp, string? PublicSecurity);

/// <summary>
/// Everything the website rules judge, as last observed. <paramref name="HomeReadAt"/> is the last successful read of the
/// home page (null: never observed, so no content verdict). <paramref name="ConsultationWorks"/> is null when no
/// interaction column was read.
/// </summary>
public sealed record SiteFacts(
    DateTimeOffset? HomeReadAt,
    SiteItem? HomeNewest,
    bool HomeNavigationOnly,
    IReadOnlyList<ColumnFacts> Columns,
    IReadOnlyList<SiteCheckFact> Checks,
    FooterFacts? Footer,
    bool? ConsultationWorks,
    IReadOnlyList<QuestionFact> Questions);

/// <summary>One rule that holds at the check time, with its evidence in Chinese (names, dates, counts).</summary>
public sealed record SiteFinding(string Rule, string Evidence);

/// <summary>
/// The rules that hold at a check time, the rules Media could not judge for want of an observation, and the earliest
/// later time at which a verdict can change with time alone (the sweep wakes the website then; null: never by time).
/// </summary>
public sealed record SiteJudgement(IReadOnlyList<SiteFinding> Findings, IReadOnlyList<string> NotObserved, DateTimeOffset? NextChangeAt);
