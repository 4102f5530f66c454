using System.Diagnostics;
using Media.Abstractions.Index;
using Media.Abstractions;

namespace Media.Silo.Hosting;

/// <summary>
/// Loads every region index as soon as Orleans has started, in the background: an index loads its lines from the store on
/// activation, and the first list after a restart would otherwise wait for the whole jurisdiction's indexes (at 1,000,000
/// accounts, every line; figures in docs/benchmarks.md). <c>/healthz</c> reports the silo ready only once this is done
/// (<see cref="Ready"/>), so a balancer sends no supervisor to a silo whose lists would wait; a list asked earlier is still
/// right, it only waits for the activations it needs.
/// </summary>
internal sealed class IndexWarmUp(IGrainFactory grains, ILogger<IndexWarmUp> logger) : BackgroundService
{
    /// <summary>Indexes loading at once: each reads its rows and decodes them, so a few keep the cores busy without a queue.</summary>
    private const int InParallel = 4;

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when every index has loaded, or when loading failed (lists then load them when first asked).</summary>
    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var regions = await grains.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(null);
            long lines = 0;
            await Parallel.ForEachAsync(regions, new ParallelOptions { MaxDegreeOfParallelism = InParallel, CancellationToken = stoppingToken },
                async (region, _) => Interlocked.Add(ref lines, await grains.Ref<IRegionIndexGrain>(region).CountAsync()));
            var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.IndexesWarm(logger, regions.Length, lines, elapsedMs);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.IndexWarmUpFailed(logger, e);
        }
        finally
        {
            _ready.TrySetResult();
        }
    }
}
