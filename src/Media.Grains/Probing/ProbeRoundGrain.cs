using System.Diagnostics;
using Media.Abstractions;
using Media.Abstractions.Index;
using Media.Abstractions.Probing;

namespace Media.Grains.Probing;

/// <summary>
/// Runs one probe round: asks every region index for its due accounts and probes them through stateless
/// workers, a bounded number at a time (the fetcher adds per-host politeness on top).
/// </summary>
internal sealed class ProbeRoundGrain(
    [PersistentState(StateNames.ProbeRound, StateNames.Store)] IPersistentState<ProbeRoundState> state)
    : Grain, IProbeRoundGrain
{
    private const int Concurrency = 16;

    public Task<ProbeRoundResult?> GetAsync() => Task.FromResult(state.State.Result);

    public async Task<ProbeRoundResult> RunAsync(DateTimeOffset at, TimeSpan every, int max)
    {
        if (state.State.Result is { } done)
        {
            return done;
        }

        var watch = Stopwatch.StartNew();
        var regions = await GrainFactory.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(null);
        var due = new List<string>();
        foreach (var region in regions)
        {
            due.AddRange(await GrainFactory.Ref<IRegionIndexGrain>(region).DueForProbeAsync(at, every, max - due.Count));
            if (due.Count >= max)
            {
                break;
            }
        }

        var statuses = new List<string>(due.Count);
        foreach (var chunk in due.Chunk(Concurrency))
        {
            statuses.AddRange(await Task.WhenAll(chunk.Select(id => GrainFactory.GetGrain<IProbeWorkerGrain>(0).ProbeAsync(id))));
        }

        state.State.Result = new ProbeRoundResult(this.GetPrimaryKeyString(), at, statuses.Count(s => s != "none"),
            statuses.Count(s => s == "ok"), statuses.Count(s => s is not ("ok" or "none")), watch.ElapsedMilliseconds);
        await state.WriteOrForgetAsync(this);
        return state.State.Result;
    }
}
