using Media.Abstractions.Sweeps;
using Quartz;

namespace Media.Silo.Scheduling;

/// <summary>Quartz adapter: the slot is the scheduled fire time, so every silo's firing maps to one grain.</summary>
[DisallowConcurrentExecution]
internal sealed class SweepJob(IGrainFactory grains) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        await grains.GetGrain<ISweepGrain>(SweepSlots.For(scheduled)).RunAsync(scheduled);
    }
}
