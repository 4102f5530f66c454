using Media.Abstractions;
using Media.Abstractions.Units;

namespace Media.Grains.Alerts;

/// <summary>
/// The names of the units a mail mentions, looked up before the mail is composed: the composer only reads them, so a
/// mail is finished (and stored with its final bytes) the moment it is built. A code the book lacks is a unit no longer
/// known, which the mail names by its code.
/// </summary>
public sealed class UnitNameBook(IReadOnlyDictionary<string, string> names)
{
    public static UnitNameBook Empty { get; } = new(new Dictionary<string, string>());

    public string? NameOf(string unitCode) => names.GetValueOrDefault(unitCode);

    /// <summary>
    /// The names of the given units (credit code and region code each): one catalog call per region, then the unit's own
    /// grain for a unit its catalog does not list yet (one written before the catalogs and not woken since).
    /// </summary>
    internal static async Task<UnitNameBook> LookUpAsync(IGrainFactory grains, IEnumerable<(string UnitCode, string RegionCode)> units)
    {
        var wanted = units.DistinctBy(u => u.UnitCode, StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var catalogs = await Task.WhenAll(wanted.Select(u => u.RegionCode).Distinct(StringComparer.Ordinal)
            .Select(region => grains.Ref<IUnitCatalogGrain>(region).ListAsync()));
        var listed = catalogs.SelectMany(c => c).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        foreach (var (code, _) in wanted)
        {
            var name = listed.GetValueOrDefault(code) ?? (await grains.Ref<IUnitGrain>(code).GetAsync())?.Name;
            if (name is not null)
            {
                found[code] = name;
            }
        }

        return new UnitNameBook(found);
    }
}
