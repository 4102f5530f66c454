using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Websites;
using Media.Application.Accounts;
using Media.Application.Violations;
using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Domain.Websites;

namespace Media.Application.Websites;

/// <summary>
/// A website as the API returns it: the filing record with its columns and findings; the detail adds what Media last
/// observed (<see cref="Observations"/>) and the active violations.
/// </summary>
public sealed record WebsiteRecordView(
    string Id,
    string SiteIdCode,
    string Name,
    string Url,
    string UnitCode,
    string RegionCode,
    string? RegionName,
    string? Icp,
    string? PublicSecurity,
    ContactPerson Responsible,
    DateOnly OpenedOn,
    AccountStatus Status,
    FilingSummary Filing,
    IReadOnlyList<FilingEntry> Filings,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<WebsiteColumnView> Columns,
    WebsiteObservations? Observations = null,
    IReadOnlyList<ViolationView>? Violations = null)
{
    /// <summary>The filing record alone (the answer of a filing).</summary>
    public static WebsiteRecordView From(AccountSnapshot record, RegionCatalog regions)
    {
        var site = record.Website ?? new WebsiteProfile(record.Profile.Url ?? string.Empty, null, null, []);
        var open = record.Filings[0];
        return new WebsiteRecordView(record.Id, record.Handle, record.Profile.Name, site.HomeUrl, record.UnitCode,
            record.RegionCode, regions.FullNameOf(Domain.Regions.RegionCode.Parse(record.RegionCode)), site.Icp,
            site.PublicSecurity, record.Profile.Responsible, record.OpenedOn, record.Status,
            new FilingSummary(open.EffectiveOn, open.FiledAt, open.Deadline, open.Late), record.Filings,
            [.. record.Findings.Select(f => new FindingView(f.Rule, RuleIds.DisplayName(f.Rule), f.Message, f.DetectedAt))],
            [.. site.Columns.Select(c => WebsiteColumnView.From(new SiteColumnView(c, null, 0, null)))]);
    }

    /// <summary>The record with its columns' last readings, the observations, the gap and the active violations.</summary>
    public static WebsiteRecordView From(WebsiteView view, GapView? gap, RegionCatalog regions) =>
        From(view.Record, regions) with
        {
            Columns = [.. view.Columns.Select(WebsiteColumnView.From)],
            Observations = new WebsiteObservations(view.Discovered, view.Availability, view.FooterFound, view.HomeNewest,
                view.HomeReadAt, view.NotObserved, gap),
            Violations = [.. view.Violations.Where(v => ViolationStatuses.IsActive(v.Status)).Select(ViolationView.From)],
        };
}

/// <summary>A column with its category's Chinese name and its last good reading (null: never read).</summary>
public sealed record WebsiteColumnView(string Name, string Url, string Category, string CategoryName, bool Confirmed,
    DateTimeOffset? ReadAt, int ItemCount, SiteItemRecord? Newest)
{
    public static WebsiteColumnView From(SiteColumnView c) => new(c.Column.Name, c.Column.Url, c.Column.Category,
        ColumnCategories.DisplayName(c.Column.Category), c.Column.Confirmed, c.ReadAt, c.ItemCount, c.Newest);
}

/// <summary>
/// What Media last observed of a website: discovered columns awaiting confirmation, availability per Beijing day, the
/// footer identifiers found, the home page's newest item and read time, the rules it could not judge, and its gap
/// (<c>not-observed</c> while never read).
/// </summary>
public sealed record WebsiteObservations(
    IReadOnlyList<WebsiteColumn> Discovered,
    IReadOnlyList<SiteAvailabilityDay> Availability,
    SiteFooterRecord? FooterFound,
    SiteItemRecord? HomeNewest,
    DateTimeOffset? HomeReadAt,
    IReadOnlyList<string> NotObserved,
    GapView? Gap);
