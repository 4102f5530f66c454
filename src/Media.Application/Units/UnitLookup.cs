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

    /// <summary>
    /// The names of the units of some listed lines (unit code and region code each), by credit code: one call per region
    /// catalog, never one per unit (a 通报 of 300,000 accounts names ~30,000 units). A unit its line's region catalog does
    /// not hold (a line not yet moved with its unit) is asked of its own grain, so no name goes missing; a discovered account's
    /// violation has no unit (empty code) and gets no name.
    /// </summary>
    public static async Task<Dictionary<string, string>> NamesAsync(IGrainFactory grains, IEnumerable<(string UnitCode, string RegionCode)> lines)
    {
        var byRegion = lines.GroupBy(l => l.RegionCode, l => l.UnitCode, StringComparer.Ordinal)
            .Select(region => (Region: region.Key, Units: region.Distinct(StringComparer.Ordinal).ToArray())).ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in byRegion.Chunk(FanOut))
        {
            var found = await Task.WhenAll(chunk.Select(region => grains.Ref<IUnitCatalogGrain>(region.Region).OfAsync([.. region.Units])));
            foreach (var unit in found.SelectMany(units => units))
            {
                names[unit.Code] = unit.Name;
            }
        }

        var missing = byRegion.SelectMany(r => r.Units).Where(code => code.Length > 0 && !names.ContainsKey(code)).Distinct(StringComparer.Ordinal);
        foreach (var chunk in missing.Chunk(FanOut))
        {
            foreach (var unit in (await Task.WhenAll(chunk.Select(code => grains.Ref<IUnitGrain>(code).GetAsync()))).OfType<UnitRecord>())
            {
                names[unit.Code] = unit.Name;
            }
        }

        return names;
    }

    /// <summary>The codes of the units inside <paramref name="scope"/> whose name contains <paramref name="text"/>.</summary>
    public static async Task<string[]> NamedAsync(IGrainFactory grains, string? scope, string text)
    {
        var codes = new List<string>();
        foreach (var chunk in (await grains.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(scope)).Chunk(FanOut))
        {
            codes.AddRange((await Task.WhenAll(chunk.Select(region => grains.Ref<IUnitCatalogGrain>(region).NamedAsync(text)))).SelectMany(c => c));
        }

        return [.. codes];
    }

    /// <summary>Every unit inside <paramref name="scope"/> (all when null), by credit code.</summary>
    public static async Task<Dictionary<string, UnitRecord>> WithinAsync(IGrainFactory grains, string? scope) =>
        await OfRegionsAsync(grains, await grains.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(scope));

    /// <summary>Whether a unit is what a search for <paramref name="text"/> means: its name contains it, or its code does.</summary>
    public static bool Matches(UnitRecord unit, string text) =>
        unit.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || unit.Code.Contains(text, StringComparison.OrdinalIgnoreCase);
}
