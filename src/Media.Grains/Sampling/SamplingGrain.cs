using System.Collections.Immutable;
using Media.Abstractions;
using Media.Abstractions.Index;
using Media.Abstractions.Sampling;
using Media.Abstractions.Storage;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Domain.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Grains.Sampling;

/// <summary>
/// The sampling of one quarter and jurisdiction. Its existence is the "one per quarter and region" rule:
/// a second create finds the stored draw and changes nothing. The population comes from the region
/// indexes (accounts opened by the quarter's end and running at the draw), so no account grain is woken to draw.
/// The state holds the draw, written once; the inspections are rows of their own (<see cref="ISamplingInspections"/>),
/// so recording one writes one row whatever the sample's size.
/// </summary>
internal sealed class SamplingGrain(
    [PersistentState(StateNames.Sampling, StateNames.Store)] IPersistentState<SamplingState> state,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock,
    ISamplingInspections stored) : Grain, ISamplingGrain
{
    private SampleInspections? _inspections;
    private SamplingRecord? _whole;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Sampling is not { } sampling)
        {
            return;
        }

        // A sampling written before the inspections had rows of their own keeps them in its record: they become rows (at
        // their order in the record), then the record is written without them. Stopped between the two, the next
        // activation stores the same rows again.
        if (!sampling.Inspections.IsEmpty)
        {
            await stored.SaveAsync(sampling.Id, [.. sampling.Inspections.Select((inspection, order) => ((long)order, inspection))]);
            state.State.Sampling = sampling = sampling with { Inspections = [] };
            await state.WriteOrForgetAsync(this);
        }

        _inspections = new SampleInspections(sampling, await stored.LoadAsync(sampling.Id));
    }

    /// <summary>The sampling with its inspections, made again only after they change: the report and the pages read it whole.</summary>
    public Task<SamplingRecord?> GetAsync() =>
        Task.FromResult(state.State.Sampling is { } draw ? _whole ??= draw with { Inspections = _inspections!.All } : null);

    public Task<SamplingRecord?> GetDrawAsync() => Task.FromResult(state.State.Sampling);

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
        _inspections = new SampleInspections(state.State.Sampling, []);
        return state.State.Sampling;
    }

    public Task<InspectionsKept?> InspectAsync(InspectionRecord inspection) => InspectManyAsync([inspection]);

    public async Task<InspectionsKept?> InspectManyAsync(ImmutableArray<InspectionRecord> inspections)
    {
        if (state.State.Sampling is not { } sampling || !_inspections!.AllMembers(inspections))
        {
            return null;
        }

        // Stored before they are kept in memory: a failed write leaves the activation as storage is.
        var rows = _inspections.Rows(inspections);
        await stored.SaveAsync(sampling.Id, rows);
        _whole = null;
        return _inspections.Keep(rows);
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
