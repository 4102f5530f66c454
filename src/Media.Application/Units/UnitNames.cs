using Media.Abstractions;
using Media.Abstractions.Units;

namespace Media.Application.Units;

/// <summary>Units' names by code, for the lists and files a person reads; a code whose unit is unknown is left out.</summary>
public static class UnitNames
{
    public static async Task<Dictionary<string, string>> LookUpAsync(IGrainFactory grains, IEnumerable<string> codes)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        // In batches, so a list of thousands of units does not put thousands of calls in flight at once.
        foreach (var batch in codes.Distinct(StringComparer.Ordinal).Chunk(256))
        {
            var units = await Task.WhenAll(batch.Select(code => grains.Ref<IUnitGrain>(code).GetAsync()));
            foreach (var unit in units.OfType<UnitRecord>())
            {
                names[unit.Code] = unit.Name;
            }
        }

        return names;
    }
}
