using Media.Abstractions.Sweeps;
using Quartz;

namespace Media.Silo.Scheduling;

/// <summary>Quartz adapter: the slot is the scheduled fire time, so every silo's firing maps to one grain.</summary>
[DisallowConcurrentExecution]
internal sealed partial class SweepJob(IGrainFactory grains, ILogger<SweepJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var slot = SweepSlots.For(scheduled);
        await grains.GetGrain<ISweepGrain>(slot).RunAsync(scheduled);
        LogDone(slot);
    }

    // Only the silo that ran the slot logs its counts; this line says that each silo's own firing has ended, so an
    // operator (or a test) knows when every silo is done with a slot.
    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep firing for {Slot} done")]
    private partial void LogDone(string slot);
}
