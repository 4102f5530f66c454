using Media.Abstractions;
using Media.Abstractions.Index;
using Media.Abstractions.Units;
using Media.Domain.Accounts;
using Media.Domain.Regions;
using Media.Domain.Validation;

namespace Media.Application.Units;

/// <summary>
/// The units within the caller's reach (<c>GET /api/units</c>, <c>/admin/units</c>), in credit-code order, from the region
/// catalogs; each shown unit's accounts are counted by its region index.
/// </summary>
public static class UnitListing
{
    public const int MaxPageSize = 200;

    public sealed record Page(IReadOnlyList<UnitListItem> Items, int Total, int PageNumber, int PageSize);

    /// <summary>A unit as the list shows it: names beside codes, and how many accounts (websites apart) it has filed.</summary>
    public sealed record UnitListItem(string Code, string Name, string RegionCode, string? RegionName, string Level, string Kind,
        string? Email, int Accounts);

    public static async Task<Outcome<Page>> QueryAsync(Caller caller, IGrainFactory grains, RegionCatalog regions,
        string? region, string? q, string? page, string? pageSize)
    {
        var errors = new FieldErrors();
        var (scope, forbidden) = RegionFanOut.Scope(caller, region, errors);
        if (forbidden is not null)
        {
            return forbidden;
        }

        var pageNumber = RegionFanOut.ParseInt(page, 1, 1, 100_000, "page", errors);
        var size = RegionFanOut.ParseInt(pageSize, 50, 1, MaxPageSize, "pageSize", errors);
        var text = RegionFanOut.SearchText(q, errors);

        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        var matching = (await UnitLookup.WithinAsync(grains, scope)).Values
            .Where(u => !caller.IsUnit || u.Code == caller.UnitCode)
            .Where(u => text is null || UnitLookup.Matches(u, text))
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .ToList();
        var shown = matching.Skip((pageNumber - 1) * size).Take(size).ToList();
        var counts = await Task.WhenAll(shown.Select(u => grains.Ref<IRegionIndexGrain>(u.RegionCode)
            .QueryAsync(new IndexQuery(null, null, u.Code, null, 0, ExceptPlatform: Platforms.Website))));
        var items = shown.Select((u, i) => new UnitListItem(u.Code, u.Name, u.RegionCode,
            regions.FullNameOf(RegionCode.Parse(u.RegionCode)), u.Level, u.Kind, u.Email, counts[i].Total)).ToList();
        return new Page(items, matching.Count, pageNumber, size);
    }
}
