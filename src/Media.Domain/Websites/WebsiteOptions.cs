namespace Media.Domain.Websites;

/// <summary>Thresholds of the website rules (<c>Rules:Websites</c>), with SPEC §3.6's defaults (国办秘函〔2019〕19号).</summary>
public sealed class WebsiteOptions
{
    public const string SectionName = "Rules:Websites";

    private const int SecondsPerDay = 24 * 60 * 60;

    /// <summary><c>site-unreachable</c>: the window of availability checks before the check time.</summary>
    public int UnreachableWindowDays { get; set; } = 7;

    /// <summary>Media's own availability probes per day, spread through the day.</summary>
    public int ProbesPerDay { get; set; } = 20;

    /// <summary>A home page that does not load within this many seconds is a failed check.</summary>
    public int ProbeTimeoutSeconds { get; set; } = 15;

    /// <summary>Failed share of the window's checks at or above which the site is unreachable (5%).</summary>
    public double UnreachableShare { get; set; } = 0.05;

    /// <summary><c>site-home-stale</c>: no new dated item on the home page in this many days.</summary>
    public int HomeStaleDays { get; set; } = 14;

    /// <summary><c>site-columns-stale</c>: a <c>news</c> column is stale after this many days.</summary>
    public int NewsStaleDays { get; set; } = 14;

    /// <summary>A <c>notice</c> column is stale after this many months.</summary>
    public int NoticeStaleMonths { get; set; } = 6;

    /// <summary>A <c>plan</c> column is stale after this many months.</summary>
    public int PlanStaleMonths { get; set; } = 12;

    /// <summary>Stale <c>news</c> and <c>notice</c> columns together at or above this count ⇒ veto.</summary>
    public int StaleNewsAndNoticeColumns { get; set; } = 5;

    /// <summary>Stale columns of any dated category at or above this count ⇒ veto.</summary>
    public int StaleColumns { get; set; } = 10;

    /// <summary>Blank columns (no item at all) at or above this count ⇒ veto.</summary>
    public int BlankColumns { get; set; } = 5;

    /// <summary><c>site-interaction-poor</c>: a message of the past year unanswered for more than this many months.</summary>
    public int UnansweredMonths { get; set; } = 3;

    /// <summary>How often the home page and the columns are read for content (hours).</summary>
    public int ContentProbeHours { get; set; } = 6;

    /// <summary>Every nonsensical value at once, in Chinese and English, for an <c>IValidateOptions</c> in the host.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        (string Name, int Value)[] positive =
        [
            (nameof(UnreachableWindowDays), UnreachableWindowDays),
            (nameof(ProbesPerDay), ProbesPerDay),
            (nameof(ProbeTimeoutSeconds), ProbeTimeoutSeconds),
            (nameof(HomeStaleDays), HomeStaleDays),
            (nameof(NewsStaleDays), NewsStaleDays),
            (nameof(NoticeStaleMonths), NoticeStaleMonths),
            (nameof(PlanStaleMonths), PlanStaleMonths),
            (nameof(StaleNewsAndNoticeColumns), StaleNewsAndNoticeColumns),
            (nameof(StaleColumns), StaleColumns),
            (nameof(BlankColumns), BlankColumns),
            (nameof(UnansweredMonths), UnansweredMonths),
            (nameof(ContentProbeHours), ContentProbeHours),
        ];
        errors.AddRange(positive.Where(p => p.Value <= 0).Select(p => $"{SectionName}:{p.Name} 须为正整数 (must be positive)"));

        if (!(UnreachableShare is > 0 and < 1))
        {
            errors.Add($"{SectionName}:{nameof(UnreachableShare)} 须在0与1之间 (must be in (0, 1))");
        }

        // Probes spread through the day must not overlap: each needs its timeout before the next starts.
        if (ProbesPerDay > 0 && ProbeTimeoutSeconds > 0 && (long)ProbesPerDay * ProbeTimeoutSeconds > SecondsPerDay)
        {
            errors.Add($"{SectionName}:{nameof(ProbesPerDay)} × {nameof(ProbeTimeoutSeconds)} 超过一天 (exceeds a day)");
        }

        // The account grain keeps 8 days of checks: a longer window would judge a week with days missing.
        if (UnreachableWindowDays > 7)
        {
            errors.Add($"{SectionName}:{nameof(UnreachableWindowDays)} 不能超过7 (at most 7: 8 days of checks are kept)");
        }

        // Only questions of the past year are judged: a longer delay could never be found.
        if (UnansweredMonths >= 12)
        {
            errors.Add($"{SectionName}:{nameof(UnansweredMonths)} 须小于12 (must be below 12: only the past year is judged)");
        }

        return errors;
    }
}
