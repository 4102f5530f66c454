using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Media.Abstractions.Units;

/// <summary>
/// The units (主办单位) registered in one region code (keyed by the 6-digit code): the unit list, the names lists show
/// beside unit codes, and the search by unit name read these instead of waking a grain per unit.
/// </summary>
public interface IUnitCatalogGrain : IGrainWithStringKey
{
    /// <summary>Lists the unit, or refreshes its record (idempotent); persisted before it returns.</summary>
    Task EnsureAsync(UnitRecord unit);

    /// <summary>The region's units in code order.</summary>
    [ReadOnly]
    Task<ImmutableArray<UnitRecord>> ListAsync();

    /// <summary>The units among <paramref name="codes"/> the region holds (a list page's names, without the whole catalog).</summary>
    [ReadOnly]
    Task<ImmutableArray<UnitRecord>> OfAsync(ImmutableArray<string> codes);

    /// <summary>The codes of the region's units whose name contains <paramref name="text"/>, ignoring case.</summary>
    [ReadOnly]
    Task<ImmutableArray<string>> NamedAsync(string text);
}
