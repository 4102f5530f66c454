using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Application.Units;
using Media.Domain.Accounts;
using Media.Domain.Monitoring;
using Media.Domain.Regions;
using Media.Domain.Validation;

namespace Media.Application.Accounts;

/// <summary>
/// A jurisdiction's accounts, a page at a time: each region index inside the jurisdiction returns its count and its first
/// page·size entries in id order; merging those gives the exact page.
/// </summary>
public static class AccountListing
{
    public const int MaxPageSize = 200;

    public sealed record Page(IReadOnlyList<AccountListItem> Items, int Total, int PageNumber, int PageSize);

    public sealed record AccountListItem(string Id, string Platform, string PlatformName, string Name, string UnitCode,
        string RegionCode, string? RegionName, AccountStatus Status, DateOnly OpenedOn, int FindingCount,
        DateTimeOffset? LastPostAt, bool MonitoringGap, string? GapCause = null, string? UnitName = null);

    /// <summary>
    /// The listing the API, the web pages and the export share: same filters, same checks, same jurisdiction; the export
    /// asks for one page as large as <paramref name="maxPageSize"/> allows.
    /// </summary>
    public static async Task<Outcome<Page>> QueryAsync(Caller caller, IGrainFactory grains, RegionCatalog regions,
        string? region, string? platform, string? status, string? rule, string? q, string? page, string? pageSize,
        int maxPageSize = MaxPageSize)
    {
        var errors = new FieldErrors();
        var (scope, forbidden) = RegionFanOut.Scope(caller, region, errors);
        if (forbidden is not null)
        {
            return forbidden;
        }

        // Websites share the index lines: listed only when asked for by their platform (the websites list asks so).
        if (platform is not null && !Platforms.IsKeyPlatform(platform))
        {
            errors.Add("platform", "未知的平台");
        }

        AccountStatus? statusFilter = null;
        if (status is not null)
        {
            if (Enum.TryParse<AccountStatus>(status, ignoreCase: true, out var s) && !int.TryParse(status, out _))
            {
                statusFilter = s;
            }
            else
            {
                errors.Add("status", "状态须为 active、closed 或 cancelled");
            }
        }

        if (rule is not null && !RuleCatalog.IsKnown(rule))
        {
            errors.Add("rule", RuleCatalog.Unknown);
        }

        var pageNumber = RegionFanOut.ParseInt(page, 1, 1, 100_000, "page", errors);
        var size = RegionFanOut.ParseInt(pageSize, 50, 1, maxPageSize, "pageSize", errors);
        var text = RegionFanOut.SearchText(q, errors);

        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        var query = new IndexQuery(platform, statusFilter, caller.IsUnit ? caller.UnitCode : null, text, 0, Rule: rule,
            ExceptPlatform: platform is null ? Platforms.Website : null,
            TextUnits: text is null || caller.IsUnit ? null : await UnitsNamedAsync(grains, scope, text));
        var (items, total) = await RegionFanOut.PageAsync(grains, scope, query, pageNumber, size);
        var units = await UnitLookup.NamesAsync(grains, items.Select(e => (e.UnitCode, e.RegionCode)));
        return new Page([.. items.Select(e => ToItem(e, regions, units.GetValueOrDefault(e.UnitCode)))], total, pageNumber, size);
    }

    // The units in scope whose name holds the search text: a person searches by the name they know, lines carry the code.
    private static async Task<string[]?> UnitsNamedAsync(IGrainFactory grains, string? scope, string text) =>
        await UnitLookup.NamedAsync(grains, scope, text) is { Length: > 0 } named ? named : null;

    private static AccountListItem ToItem(IndexEntry e, RegionCatalog regions, string? unitName) =>
        new(e.AccountId, e.Platform, Platforms.DisplayName(e.Platform), e.Name, e.UnitCode, e.RegionCode,
            regions.FullNameOf(RegionCode.Parse(e.RegionCode)), e.Status, e.OpenedOn, e.FindingCount, e.LastPostAt,
            e.Gap is not null || e.Open.HasFlag(OpenEpisodes.MonitoringGap), e.Gap?.Cause, unitName);
}
