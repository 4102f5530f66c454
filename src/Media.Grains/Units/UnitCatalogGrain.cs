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
    public async Task EnsureAsync(UnitRecord unit)
    {
        if (state.State.Units.TryGetValue(unit.Code, out var known) && known == unit)
        {
            return;
        }

        state.State.Units[unit.Code] = unit;
        await state.WriteOrForgetAsync(this);
        await GrainFactory.GetGrain<IRegionDirectoryGrain>(0).AddAsync(this.GetPrimaryKeyString());
    }

    public Task<ImmutableArray<UnitRecord>> ListAsync() =>
        Task.FromResult(state.State.Units.Values.OrderBy(u => u.Code, StringComparer.Ordinal).ToImmutableArray());
}
