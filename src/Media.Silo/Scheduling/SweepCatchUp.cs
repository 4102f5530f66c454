using Media.Abstractions.Sweeps;
using Media.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Media.Silo.Scheduling;

/// <summary>
/// A silo that was down at a sweep slot runs it when it starts. The slot grain's "done" marker makes
/// this harmless when another silo (or this one, before a restart) already ran it.
/// </summary>
internal sealed class SweepCatchUp(IGrainFactory grains, IOptions<ScheduleOptions> options, [FromKeyedServices(MediaClock.Key)] TimeProvider clock,
    ILogger<SweepCatchUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (SweepSlots.LatestDue(o.Sweep, clock.GetUtcNow(), o.CatchUpWindow) is not { } due)
        {
            return;
        }

        var slot = grains.GetGrain<ISweepGrain>(SweepSlots.For(due));
        if (await slot.GetAsync() is null)
        {
            var result = await slot.RunAsync(due);
            Hosting.Log.SweepCaughtUp(logger, result.Slot, result.Counts.Checked, result.Counts.NewViolations);
        }
    }
}
