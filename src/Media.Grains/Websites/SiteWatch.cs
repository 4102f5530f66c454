using System.Collections.Immutable;
using Media.Abstractions.Websites;

namespace Media.Grains.Websites;

/// <summary>
/// What Media last observed of a website (SPEC §3.6), kept in its account state: the availability checks of the last
/// days, the last good read of the home page and of each column, and when the rules next change with time alone.
/// </summary>
[GenerateSerializer, Alias("media.site-watch")]
public sealed class SiteWatch
{
    /// <summary>Availability checks, oldest first, one per instant; gaps (Media's own failures) kept but marked.</summary>
    [Id(0)] public List<SiteCheck> Checks { get; set; } = [];

    /// <summary>The last successful read of the home page (null: never read, so no content verdict).</summary>
    [Id(1)] public DateTimeOffset? HomeReadAt { get; set; }

    [Id(2)] public SiteItemRecord? HomeNewest { get; set; }

    [Id(3)] public bool HomeNavigationOnly { get; set; }

    /// <summary>The identifiers found at the last good home read, and when.</summary>
    [Id(4)] public SiteFooterRecord? Footer { get; set; }

    [Id(5)] public DateTimeOffset? FooterReadAt { get; set; }

    /// <summary>Columns the home page's navigation shows that the filing does not declare (not judged until confirmed).</summary>
    [Id(6)] public List<WebsiteColumn> Discovered { get; set; } = [];

    /// <summary>The last good reading of each column, by its URL.</summary>
    [Id(7)] public Dictionary<string, SiteColumnSeen> Columns { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The judge's next time-based change (the sweep wakes the website then); null: never by time.</summary>
    [Id(8)] public DateTimeOffset? DueAt { get; set; }

    /// <summary>The rules the last judgement could not decide for want of an observation.</summary>
    [Id(9)] public List<string> NotObserved { get; set; } = [];
}

/// <summary>
/// One column's last good reading (<paramref name="ReadAt"/>, item count, newest item, its consultation questions), and
/// the status of the latest attempt, good or not (a failed read keeps the good reading).
/// </summary>
[GenerateSerializer, Immutable, Alias("media.site-column-seen")]
public sealed record SiteColumnSeen(
    [property: Id(0)] DateTimeOffset? ReadAt,
    [property: Id(1)] int ItemCount,
    [property: Id(2)] SiteItemRecord? Newest,
    [property: Id(3)] ImmutableArray<SiteQuestionRecord> Questions,
    [property: Id(4)] string LastStatus,
    [property: Id(5)] DateTimeOffset LastTriedAt);
