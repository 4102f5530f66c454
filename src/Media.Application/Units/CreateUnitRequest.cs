using Media.Abstractions.Index;
using Media.Abstractions.Units;
using Media.Domain.Regions;

namespace Media.Application.Units;

/// <summary>Body of <c>POST /api/units</c>.</summary>
public sealed record CreateUnitRequest(string? Code, string? Name, string? RegionCode, string? Level, string? Kind,
    string? Email);

/// <summary>A unit with its region's name and its accounts, as <c>GET /api/units/{code}</c> shows it.</summary>
public sealed record UnitView(string Code, string Name, string RegionCode, string? RegionName, string Level,
    string Kind, string? Email, DateTimeOffset CreatedAt, IReadOnlyList<IndexEntry> Accounts)
{
    public static UnitView From(UnitRecord unit, RegionCatalog regions, IReadOnlyList<IndexEntry> accounts) =>
        new(unit.Code, unit.Name, unit.RegionCode, regions.NameOf(Domain.Regions.RegionCode.Parse(unit.RegionCode)), unit.Level,
            unit.Kind, unit.Email, unit.CreatedAt, accounts);
}
