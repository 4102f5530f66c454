using Media.Abstractions.Alerts;
using Media.Domain.Time;
using Quartz;

namespace Media.Silo.Mail;

/// <summary>Quartz adapter: the daily digest covers the Beijing day before the scheduled fire time.</summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(IGrainFactory grains) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        await grains.GetGrain<IMailDispatcherGrain>(0).QueueDigestsAsync(BeijingTime.DateOf(scheduled).AddDays(-1));
    }
}
