using System.Diagnostics;
using Media.Abstractions;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Sweeps;
using Media.Abstractions.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Media.Grains.Sweeps;

/// <summary>
/// Runs one sweep slot over every region index, a few regions at a time. Not reentrant: a second call
/// for the same slot (another silo's scheduler, a catch-up) waits for the first and gets its result.
/// </summary>
internal sealed class SweepGrain(
    [PersistentState(StateNames.Sweep, StateNames.Store)] IPersistentState<SweepState> state,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock,
    ILogger<SweepGrain> logger) : Grain, ISweepGrain
{
    /// <summary>How many region indexes sweep at once; each wakes its own candidates in parallel.</summary>
    private const int RegionConcurrency = 8;

    public Task<SweepResult?> GetAsync() => Task.FromResult(state.State.Result);

    public async Task<SweepResult> RunAsync(DateTimeOffset at, string? scope = null)
    {
        if (state.State.Result is { } done)
        {
            return done;
        }

        var watch = Stopwatch.StartNew();
        var regions = await GrainFactory.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(scope);
        var counts = SweepCounts.Zero;
        foreach (var chunk in regions.Chunk(RegionConcurrency))
        {
            foreach (var result in await Task.WhenAll(chunk.Select(r => GrainFactory.Ref<IRegionIndexGrain>(r).SweepAsync(at))))
            {
                counts = counts.Add(result);
            }
        }

        state.State.Result = new SweepResult(this.GetPrimaryKeyString(), at, counts, watch.ElapsedMilliseconds,
            clock.GetUtcNow(), regions.Length);
        await state.WriteOrForgetAsync(this);
        MediaMetrics.SweepDuration.Record(watch.Elapsed.TotalSeconds);
        SweepLog.Ran(logger, state.State.Result.Slot, counts.Checked, counts.NewViolations, counts.Resolved);
        return state.State.Result;
    }
}

/// <summary>The sweep's line in the operator's log: one per slot in the whole cluster.</summary>
internal static partial class SweepLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep {Slot} ran: {Checked} accounts checked, {New} new violations, {Resolved} resolved")]
    public static partial void Ran(ILogger logger, string slot, int @checked, int @new, int resolved);
}
