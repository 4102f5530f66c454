using System.Collections.Immutable;

namespace Media.Abstractions.Websites;

/// <summary>One list item read from a page: title, publication time when the page gives one, link.</summary>
[GenerateSerializer, Immutable, Alias("media.site-item")]
public sealed record SiteItemRecord(
    [property: Id(0)] string Title,
    [property: Id(1)] DateTimeOffset? PublishedAt,
    [property: Id(2)] string? Url);

/// <summary>A message of a consultation column and when it was answered (null: unanswered).</summary>
[GenerateSerializer, Immutable, Alias("media.site-question")]
public sealed record SiteQuestionRecord(
    [property: Id(0)] string Title,
    [property: Id(1)] DateTimeOffset AskedAt,
    [property: Id(2)] DateTimeOffset? AnsweredAt);

/// <summary>The identifiers found on the home page.</summary>
[GenerateSerializer, Immutable, Alias("media.site-footer")]
public sealed record SiteFooterRecord(
    [property: Id(0)] string? SiteIdCode,
    [property: Id(1)] string? Icp,
    [property: Id(2)] string? PublicSecurity,
    [property: Id(3)] bool Conac,
    [property: Id(4)] bool Jiucuo,
    [property: Id(5)] bool SiteMap);

/// <summary>
/// What a read of one column found. <paramref name="Status"/> is <c>ok</c>, or the collector status of a failed read
/// (then the counts mean nothing and the column keeps its last good reading).
/// </summary>
[GenerateSerializer, Immutable, Alias("media.site-column-reading")]
public sealed record SiteColumnReading(
    [property: Id(0)] string Url,
    [property: Id(1)] string Status,
    [property: Id(2)] string? Detail,
    [property: Id(3)] int ItemCount,
    [property: Id(4)] SiteItemRecord? Newest,
    [property: Id(5)] ImmutableArray<SiteQuestionRecord> Questions);

/// <summary>
/// What one content probe of a website found: the home page (status <c>ok</c>, a failure such as <c>error</c>, or
/// <c>gap</c> when the failure was Media's own), its newest dated item, its footer, the columns its navigation shows, and
/// each filed column's reading.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.site-probe-report")]
public sealed record SiteProbeReport(
    [property: Id(0)] DateTimeOffset ProbedAt,
    [property: Id(1)] string Status,
    [property: Id(2)] string? Detail,
    [property: Id(3)] SiteItemRecord? HomeNewest,
    [property: Id(4)] bool HomeNavigationOnly,
    [property: Id(5)] SiteFooterRecord? Footer,
    [property: Id(6)] ImmutableArray<WebsiteColumn> Navigation,
    [property: Id(7)] ImmutableArray<SiteColumnReading> Columns);

/// <summary>
/// One availability check of the home page (SPEC §3.6): loaded within the timeout or not. <paramref name="Source"/> is
/// <c>probe</c> (Media's) or <c>push</c> (an external monitor's); <paramref name="Gap"/> marks a check Media could not
/// make (its own network or resolver down): kept for the record, never counted as the site's failure.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.site-check")]
public sealed record SiteCheck(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] bool Ok,
    [property: Id(2)] int? Ms,
    [property: Id(3)] string Source,
    [property: Id(4)] bool Gap = false);

/// <summary>How many pushed checks were new and how many repeated an instant already recorded.</summary>
[GenerateSerializer, Immutable, Alias("media.site-checks-result")]
public sealed record SiteChecksResult(
    [property: Id(0)] int Accepted,
    [property: Id(1)] int Duplicates);
