using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Probing;
using Media.Domain.Accounts;

namespace Media.Grains.Probing;

/// <summary>
/// Hands out one slot's availability checks once. The websites come from the region indexes' lines (platform
/// <c>website</c>), so finding them wakes no website; the claim is persisted before the list is returned, so a silo
/// that fires the same slot later finds it taken.
/// </summary>
internal sealed class SiteCheckRoundGrain(
    [PersistentState(StateNames.SiteCheckRound, StateNames.Store)] IPersistentState<SiteCheckRoundState> state)
    : Grain, ISiteCheckRoundGrain
{
    public async Task<IReadOnlyList<string>> ClaimAsync(DateTimeOffset at)
    {
        if (state.State.ClaimedAt is not null)
        {
            return [];
        }

        var sites = new List<string>();
        var query = new IndexQuery(Platforms.Website, AccountStatus.Active, null, null, int.MaxValue);
        foreach (var region in await GrainFactory.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(null))
        {
            var page = await GrainFactory.Ref<IRegionIndexGrain>(region).QueryAsync(query);
            sites.AddRange(page.Items.Where(e => e.HasProbeSource).Select(e => e.AccountId));
        }

        state.State.ClaimedAt = at;
        state.State.Sites = sites.Count;
        await state.WriteOrForgetAsync(this);
        return sites;
    }
}
