using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Application.Accounts;
using Media.Application.Units;
using Media.Domain.Regions;
using Media.Domain.Monitoring;
using Media.Domain.Validation;

namespace Media.Application.Violations;

/// <summary>The violations of a jurisdiction (a unit: its own accounts), newest first, as the API and the web queue list them.</summary>
public static class ViolationListing
{
    /// <summary>One page of a jurisdiction's violations, newest first.</summary>
    public sealed record Page(IReadOnlyList<ViolationView> Items, int Total, int PageNumber, int PageSize);

    /// <summary>One page of a jurisdiction's violations as the indexes list them, with each owner's unit and region.</summary>
    public sealed record EntryPage(IReadOnlyList<ViolationEntry> Items, int Total, int PageNumber, int PageSize);

    /// <summary>The listing the API and the web queue share: same filters, same checks, same jurisdiction.</summary>
    public static async Task<Outcome<Page>> QueryAsync(Caller caller, IGrainFactory grains, string? region, string? rule,
        string? status, string? page, string? pageSize, RegionCatalog regions)
    {
        var found = await EntriesAsync(caller, grains, region, rule, status, page, pageSize);
        if (!found.IsDone)
        {
            return found.Refusal;
        }

        // Names beside codes: the unit's from its region's unit catalog, the region's from the catalog of regions.
        var entries = found.Value.Items;
        var units = await UnitLookup.NamesAsync(grains, entries.Select(v => (v.UnitCode, v.RegionCode)));
        var items = entries.Select(v => ViolationView.From(v.Violation) with
        {
            UnitCode = v.UnitCode, UnitName = units.GetValueOrDefault(v.UnitCode), RegionCode = v.RegionCode,
            RegionName = regions.FullNameOf(RegionCode.Parse(v.RegionCode)),
        }).ToList();
        return new Page(items, found.Value.Total, found.Value.PageNumber, found.Value.PageSize);
    }

    /// <summary>The same listing with the owners' units and regions; the export asks for one page as large as <paramref name="maxPageSize"/>.</summary>
    public static async Task<Outcome<EntryPage>> EntriesAsync(Caller caller, IGrainFactory grains, string? region, string? rule,
        string? status, string? page, string? pageSize, int maxPageSize = AccountListing.MaxPageSize)
    {
        var errors = new FieldErrors();
        var (scope, forbidden) = RegionFanOut.Scope(caller, region, errors);
        if (forbidden is not null)
        {
            return forbidden;
        }

        if (rule is not null && !RuleCatalog.IsKnown(rule))
        {
            errors.Add("rule", RuleCatalog.Unknown);
        }

        ViolationStatus? statusFilter = null;
        if (status is not null && status != "active")
        {
            if (Enum.TryParse<ViolationStatus>(status, ignoreCase: true, out var s) && !int.TryParse(status, out _))
            {
                statusFilter = s;
            }
            else
            {
                errors.Add("status", "状态须为 active、open、notified、rectifying、resolved、overdue、suspected 或 dismissed");
            }
        }

        var pageNumber = RegionFanOut.ParseInt(page, 1, 1, 100_000, "page", errors);
        var size = RegionFanOut.ParseInt(pageSize, 50, 1, maxPageSize, "pageSize", errors);
        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        var query = new ViolationQuery(rule, statusFilter, status == "active", caller.IsUnit ? caller.UnitCode : null,
            checked(pageNumber * size));
        var pages = await RegionFanOut.AskAsync(grains, scope, index => index.QueryViolationsAsync(query));
        var entries = pages.SelectMany(p => p.Items)
            .OrderByDescending(v => v.Violation.DetectedAt)
            .ThenBy(v => v.Violation.Id, StringComparer.Ordinal)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .ToList();
        return new EntryPage(entries, pages.Sum(p => p.Total), pageNumber, size);
    }
}
