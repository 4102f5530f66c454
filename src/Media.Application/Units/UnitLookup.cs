using Media.Abstractions;
using Media.Abstractions.Index;
using Media.Abstractions.Units;

namespace Media.Application.Units;

/// <summary>
/// Units read from their regions' catalogs (one call per region, never one per unit): the unit list, the names lists
/// show beside unit codes, and the units whose name a search names.
/// </summary>
public static class UnitLookup
{
    private const int FanOut = 64;

    /// <summary>The units of the given region codes, by credit code.</summary>
    public static async Task<Dictionary<string, UnitRecord>> OfRegionsAsync(IGrainFactory grains, IEnumerable<string> regionCodes)
    {
        var units = new Dictionary<string, UnitRecord>(StringComparer.Ordinal);
        foreach (var chunk in regionCodes.Distinct(StringComparer.Ordinal).Chunk(FanOut))
        {
            foreach (var list in await Task.WhenAll(chunk.Select(code => grains.Ref<IUnitCatalogGrain>(code).ListAsync())))
            {
                foreach (var unit in list)
                {
                    units[unit.Code] = unit;
                }
            }
        }

        return units;
    }

    /// <summary>The names of the units of some listed lines (unit code and region code each), by credit code.</summary>
    public static async Task<Dictionary<string, string>> NamesAsync(IGrainFactory grains, IEnumerable<(string UnitCode, string RegionCode)> lines)
    {
        var listed = lines.ToList();
        var units = await OfRegionsAsync(grains, listed.Select(l => l.RegionCode));
        return listed.Select(l => l.UnitCode).Distinct(StringComparer.Ordinal)
            .Where(units.ContainsKey)
            .ToDictionary(code => code, code => units[code].Name, StringComparer.Ordinal);
    }

    /// <summary>Every unit inside <paramref name="scope"/> (all when null), by credit code.</summary>
    public static async Task<Dictionary<string, UnitRecord>> WithinAsync(IGrainFactory grains, string? scope) =>
        await OfRegionsAsync(grains, await grains.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(scope));

    /// <summary>Whether a unit is what a search for <paramref name="text"/> means: its name contains it, or its code does.</summary>
    public static bool Matches(UnitRecord unit, string text) =>
        unit.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || unit.Code.Contains(text, StringComparison.OrdinalIgnoreCase);
}
