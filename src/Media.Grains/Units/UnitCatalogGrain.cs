using System.Collections.Immutable;
using Media.Abstractions.Index;
using Media.Abstractions.Units;

namespace Media.Grains.Units;

/// <summary>
/// One region's units. A region holds tens to a few thousand units, so one grain keeps them all; it also records the
/// region in the region directory, so the unit list reaches a region whose units have no account yet.
/// </summary>
internal sealed class UnitCatalogGrain(
    [PersistentState(StateNames.UnitCatalog, StateNames.Store)] IPersistentState<UnitCatalogState> state)
    : Grain, IUnitCatalogGrain
{
    private ImmutableArray<UnitRecord>? _sorted;

    public async Task EnsureAsync(UnitRecord unit)
    {
        if (state.State.Units.TryGetValue(unit.Code, out var known) && known == unit)
        {
            return;
        }

        state.State.Units[unit.Code] = unit;
        _sorted = null;
        await state.WriteOrForgetAsync(this);
        await GrainFactory.GetGrain<IRegionDirectoryGrain>(0).AddAsync(this.GetPrimaryKeyString());
    }

    public Task<ImmutableArray<UnitRecord>> ListAsync() => Task.FromResult(Sorted());

    public Task<ImmutableArray<UnitRecord>> OfAsync(ImmutableArray<string> codes) =>
        Task.FromResult(codes.Select(code => state.State.Units.GetValueOrDefault(code)).OfType<UnitRecord>().ToImmutableArray());

    public Task<ImmutableArray<string>> NamedAsync(string text) =>
        Task.FromResult(Sorted().Where(u => u.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(u => u.Code).ToImmutableArray());

    // Lists read far more often than units change: the sorted list is kept until a unit is added or changed.
    private ImmutableArray<UnitRecord> Sorted() =>
        _sorted ??= state.State.Units.Values.OrderBy(u => u.Code, StringComparer.Ordinal).ToImmutableArray();
}
