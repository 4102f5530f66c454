using System.Collections.Immutable;
using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;

namespace Media.Abstractions.Websites;

/// <summary>One column as the website page shows it: the filing's column and its last good reading.</summary>
[GenerateSerializer, Immutable, Alias("media.site-column-view")]
public sealed record SiteColumnView(
    [property: Id(0)] WebsiteColumn Column,
    [property: Id(1)] DateTimeOffset? ReadAt,
    [property: Id(2)] int ItemCount,
    [property: Id(3)] SiteItemRecord? Newest);

/// <summary>One Beijing day of availability checks (gaps not counted).</summary>
[GenerateSerializer, Immutable, Alias("media.site-availability-day")]
public sealed record SiteAvailabilityDay(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] int Checks,
    [property: Id(2)] int Failures,
    [property: Id(3)] int Gaps);

/// <summary>
/// A website as <c>GET /api/websites/{id}</c> and its page show it: the filing record, columns with their last update,
/// availability over the window, identifiers found against those filed, the last home read, the rules Media could not
/// judge, and the violations.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.website-view")]
public sealed record WebsiteView(
    [property: Id(0)] AccountSnapshot Record,
    [property: Id(1)] WebsiteProfile Profile,
    [property: Id(2)] ImmutableArray<SiteColumnView> Columns,
    [property: Id(3)] ImmutableArray<WebsiteColumn> Discovered,
    [property: Id(4)] ImmutableArray<SiteAvailabilityDay> Availability,
    [property: Id(5)] SiteFooterRecord? FooterFound,
    [property: Id(6)] SiteItemRecord? HomeNewest,
    [property: Id(7)] DateTimeOffset? HomeReadAt,
    [property: Id(8)] ImmutableArray<string> NotObserved,
    [property: Id(9)] ImmutableArray<ViolationRecord> Violations);
