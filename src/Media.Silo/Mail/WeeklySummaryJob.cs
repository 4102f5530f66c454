using Media.Abstractions.Alerts;
using Media.Domain.Time;
using Quartz;

namespace Media.Silo.Mail;

/// <summary>Quartz adapter: each Monday, the summary of the seven days before it (一周一点评).</summary>
[DisallowConcurrentExecution]
internal sealed class WeeklySummaryJob(IGrainFactory grains) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var day = BeijingTime.DateOf(context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        await grains.GetGrain<IMailDispatcherGrain>(0).QueueWeeklySummariesAsync(monday);
    }
}
