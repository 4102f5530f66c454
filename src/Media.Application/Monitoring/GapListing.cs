using Media.Abstractions.Index;
using Media.Application.Units;
using Media.Domain.Accounts;
using Media.Domain.Monitoring;
using Media.Domain.Regions;
using Media.Domain.Validation;

namespace Media.Application.Monitoring;

/// <summary>
/// The accounts Media cannot judge (SPEC §3.3 collector health, §5.1 <c>GET /api/monitoring/gaps</c>): never observed, or
/// blind since a probe failed. Read from the region indexes only, so listing a jurisdiction wakes no account; the API and
/// the <c>/monitoring/gaps</c> page share it.
/// </summary>
public static class GapListing
{
    public const int MaxPageSize = 200;

    public sealed record Page(IReadOnlyList<GapItem> Items, int Total, int PageNumber, int PageSize);

    /// <summary>One gap: <see cref="Cause"/> is a <see cref="GapCauses"/> id, <see cref="CauseName"/> and <see cref="Detail"/> Chinese.</summary>
    public sealed record GapItem(string AccountId, string Cause, DateTimeOffset Since, string Detail, string CauseName, string Name,
        string Platform, string PlatformName, string RegionCode, string? RegionName, DateTimeOffset? LastPostAt, DateTimeOffset? LastProbedAt,
        string? UnitCode = null, string? UnitName = null);

    public static async Task<Outcome<Page>> QueryAsync(Caller caller, IGrainFactory grains, RegionCatalog regions,
        string? region, string? cause, string? page, string? pageSize)
    {
        if (caller.IsUnit)
        {
            return Refusal.Forbidden("采集缺口由管理员和监管单位查看");
        }

        var errors = new FieldErrors();
        var (scope, forbidden) = RegionFanOut.Scope(caller, region, errors);
        if (forbidden is not null)
        {
            return forbidden;
        }

        if (cause is not null && !GapCauses.IsKnown(cause))
        {
            errors.Add("cause", "原因须为 " + string.Join("、", GapCauses.All));
        }

        var pageNumber = RegionFanOut.ParseInt(page, 1, 1, 100_000, "page", errors);
        var size = RegionFanOut.ParseInt(pageSize, 50, 1, MaxPageSize, "pageSize", errors);
        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        var query = new IndexQuery(null, null, null, null, 0, GapOnly: true, GapCause: cause);
        var (items, total) = await RegionFanOut.PageAsync(grains, scope, query, pageNumber, size);
        var units = await UnitLookup.NamesAsync(grains, items.Select(e => (e.UnitCode, e.RegionCode)));
        return new Page([.. items.Select(e => ToItem(e, regions, units.GetValueOrDefault(e.UnitCode)))], total, pageNumber, size);
    }

    private static GapItem ToItem(IndexEntry e, RegionCatalog regions, string? unitName) =>
        new(e.AccountId, e.Gap!.Cause, e.Gap.Since, e.Gap.Detail, GapCauses.DisplayName(e.Gap.Cause), e.Name, e.Platform,
            Platforms.DisplayName(e.Platform), e.RegionCode, regions.FullNameOf(RegionCode.Parse(e.RegionCode)), e.LastPostAt, e.LastProbedAt,
            e.UnitCode, unitName);
}
