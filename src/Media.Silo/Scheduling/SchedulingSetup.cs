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
        var probesPerDay = (builder.Configuration.GetSection(WebsiteOptions.SectionName).Get<WebsiteOptions>() ?? new WebsiteOptions()).ProbesPerDay;
        builder.Services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section)
            .Validate(o => CronExpression.TryParse(o.Sweep, out _), "Schedules:Sweep is not a valid Quartz cron expression")
            .Validate(o => CronExpression.TryParse(o.ProbeRound, out _), "Schedules:ProbeRound is not a valid Quartz cron expression")
            .Validate(o => CronExpression.TryParse(o.Digest, out _), "Schedules:Digest is not a valid Quartz cron expression")
            .Validate(o => CronExpression.TryParse(o.WeeklySummary, out _), "Schedules:WeeklySummary is not a valid Quartz cron expression")
            .Validate(o => CronExpression.TryParse(o.SamplingReminder, out _), "Schedules:SamplingReminder is not a valid Quartz cron expression")
            .Validate(o => CronExpression.TryParse(o.SiteChecks, out _) && SiteCheckSlots.FiringsPerDay(o.SiteChecks) >= probesPerDay,
                $"Schedules:SiteChecks must be a valid Quartz cron expression that fires at least {probesPerDay} times a day (Rules:Websites:ProbesPerDay)")
            .Validate(o => o.SiteCheckSpread >= TimeSpan.Zero && (!CronExpression.TryParse(o.SiteChecks, out _)
                    || o.SiteCheckSpread < SiteCheckSlots.ShortestInterval(o.SiteChecks)),
                "Schedules:SiteCheckSpread must not be negative and must end before the next slot of Schedules:SiteChecks")
            .Validate(o => o.ProbeEvery > TimeSpan.Zero && o.ProbesPerRound > 0, "Schedules:ProbeEvery and ProbesPerRound must be positive")
            .ValidateOnStart();
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
