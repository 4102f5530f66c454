using Media.Domain.Time;
using Media.Domain.Websites;
using Media.Silo.Mail;
using Media.Silo.Probing;
using Quartz;

namespace Media.Silo.Scheduling;

/// <summary>Quartz owns wall-clock schedules; each job only calls a grain.</summary>
public static class SchedulingSetup
{
    public static WebApplicationBuilder AddMediaScheduling(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        builder.Services.AddQuartz(q =>
        {
            Cron<SweepJob>(q, "sweep", options.Sweep);
            Cron<ProbeRoundJob>(q, "probe-round", options.ProbeRound);
            Cron<SiteCheckJob>(q, "site-checks", options.SiteChecks);
            Cron<DigestJob>(q, "digest", options.Digest);
            Cron<WeeklySummaryJob>(q, "weekly-summary", options.WeeklySummary);
            Cron<SamplingReminderJob>(q, "sampling-reminder", options.SamplingReminder);
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<SweepCatchUp>();
        return builder;
    }

    private static void Cron<TJob>(IQuartzBuilder quartz, string name, string cron)
        where TJob : IJob =>
        quartz.ScheduleJob<TJob>(trigger => trigger.WithIdentity(name).WithCronSchedule(new CronExpression(cron, BeijingTime.Zone)));
}
