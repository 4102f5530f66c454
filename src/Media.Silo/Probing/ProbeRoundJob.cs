using Media.Abstractions.Probing;
using Media.Silo.Scheduling;
using Microsoft.Extensions.Options;
using Quartz;

namespace Media.Silo.Probing;

/// <summary>Quartz adapter for probe rounds; the slot is the scheduled fire time.</summary>
[DisallowConcurrentExecution]
internal sealed class ProbeRoundJob(IGrainFactory grains, IOptions<ScheduleOptions> options) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var o = options.Value;
        await grains.GetGrain<IProbeRoundGrain>(ProbeSlots.For(scheduled)).RunAsync(scheduled, o.ProbeEvery, o.ProbesPerRound);
    }
}
