using Media.Abstractions.Alerts;
using Media.Domain.Sampling;
using Media.Domain.Time;
using Quartz;

namespace Media.Silo.Mail;

/// <summary>Quartz adapter: at a quarter's start, every supervisor is reminded that its sampling is due.</summary>
[DisallowConcurrentExecution]
internal sealed class SamplingReminderJob(IGrainFactory grains) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var quarter = Quarter.Of(BeijingTime.DateOf(context.ScheduledFireTimeUtc ?? context.FireTimeUtc));
        await grains.GetGrain<IMailDispatcherGrain>(0).QueueSamplingRemindersAsync(quarter.ToString());
    }
}
