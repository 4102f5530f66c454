using System.Collections.Immutable;
using Media.Abstractions.Index;
using Media.Domain.Regions;

namespace Media.Grains.Index;

/// <summary>The region codes that hold accounts; at most a few thousand, so one grain keeps them all.</summary>
internal sealed class RegionDirectoryGrain(
    [PersistentState(StateNames.RegionDirectory, StateNames.Store)] IPersistentState<RegionDirectoryState> state)
    : Grain, IRegionDirectoryGrain
{
    public async Task AddAsync(string regionCode)
    {
        if (state.State.Regions.Add(regionCode))
        {
            await state.WriteOrForgetAsync(this);
        }
    }

    public Task<ImmutableArray<string>> ListWithinAsync(string? regionCode)
    {
        if (regionCode is null)
        {
            return Task.FromResult(state.State.Regions.ToImmutableArray());
        }

        if (!RegionCode.TryParse(regionCode, out var scope))
        {
            return Task.FromResult(ImmutableArray<string>.Empty);
        }

        var within = state.State.Regions
            .Where(r => RegionCode.TryParse(r, out var code) && scope.Contains(code))
            .ToImmutableArray();
        return Task.FromResult(within);
    }
}
