using System.Collections.Immutable;
using Media.Abstractions;
using Media.Abstractions.Index;
using Media.Abstractions.Sampling;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Domain.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Grains.Sampling;

/// <summary>
/// The sampling of one quarter and jurisdiction. Its existence is the "one per quarter and region" rule:
/// a second create finds the stored draw and changes nothing. The population comes from the region
/// indexes (accounts opened by the quarter's end and running at the draw), so no account grain is woken to draw.
/// </summary>
internal sealed class SamplingGrain(
    [PersistentState(StateNames.Sampling, StateNames.Store)] IPersistentState<SamplingState> state,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock) : Grain, ISamplingGrain
{
    public Task<SamplingRecord?> GetAsync() => Task.FromResult(state.State.Sampling);

    public async Task<SamplingRecord?> CreateAsync(SamplingRequest request)
    {
        if (state.State.Sampling is not null)
        {
            return null;
        }

        var (quarterText, regionText) = Split(this.GetPrimaryKeyString());
        if (!Quarter.TryParse(quarterText, out var quarter) || !RegionCode.TryParse(regionText, out var region))
        {
            throw new InvalidOperationException($"Sampling key {this.GetPrimaryKeyString()} is not {{quarter}}-{{region}}.");
        }

        var population = await PopulationAsync(quarter, region);
        var draw = SamplingPlan.Draw(population.Select(p => new SampleCandidate(p.AccountId, p.Platform, p.SubRegion)), request.Ratio, request.Seed);
        var byId = population.ToDictionary(p => p.AccountId, StringComparer.Ordinal);
        var previous = await GrainFactory.GetGrain<ISamplingGrain>(SamplingRecord.IdFor(quarter.Previous.ToString(), region.Value)).GetAsync();
        var recheck = previous?.Failures.ToImmutableArray() ?? [];

        state.State.Sampling = new SamplingRecord(this.GetPrimaryKeyString(), quarter.ToString(), region.Value, request.Ratio,
            request.Seed, request.SeedDerived, draw.Population, draw.Size,
            [.. draw.Strata.Select(s => new StratumRecord(s.Platform, s.Population, s.Sampled))],
            [.. draw.Accounts.Select(id => byId[id])], recheck, request.Actor, clock.GetUtcNow(), []);
        await state.WriteOrForgetAsync(this);
        return state.State.Sampling;
    }

    public Task<SamplingRecord?> InspectAsync(InspectionRecord inspection) => InspectManyAsync([inspection]);

    public async Task<SamplingRecord?> InspectManyAsync(ImmutableArray<InspectionRecord> inspections)
    {
        if (state.State.Sampling is not { } sampling)
        {
            return null;
        }

        var members = sampling.ToInspect.Select(a => a.AccountId).ToHashSet(StringComparer.Ordinal);
        if (!inspections.All(i => members.Contains(i.AccountId)))
        {
            return null;
        }

        // The later of two inspections of one account in a batch wins, as it would have one request after the other.
        var replaced = inspections.Select(i => i.AccountId).ToHashSet(StringComparer.Ordinal);
        state.State.Sampling = sampling with
        {
            Inspections = [.. sampling.Inspections.Where(i => !replaced.Contains(i.AccountId)), .. inspections.Reverse().DistinctBy(i => i.AccountId).Reverse()],
        };
        await state.WriteOrForgetAsync(this);
        return state.State.Sampling;
    }

    private async Task<List<SampledAccount>> PopulationAsync(Quarter quarter, RegionCode region)
    {
        var regions = await GrainFactory.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(region.Value);
        var today = BeijingTime.Today(clock);
        var pages = await Task.WhenAll(regions.Select(r =>
            GrainFactory.Ref<IRegionIndexGrain>(r).RunningAsync(quarter.LastDay, today)));
        return [.. pages.SelectMany(p => p).Select(e => new SampledAccount(e.AccountId, e.Platform, e.RegionCode,
            SubRegions.Of(region, RegionCode.Parse(e.RegionCode)).Value, e.Name, e.UnitCode))];
    }

    private static (string Quarter, string Region) Split(string key)
    {
        var dash = key.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (key, string.Empty) : (key[..dash], key[(dash + 1)..]);
    }
}
