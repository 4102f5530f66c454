using Media.Domain.Alerts;
using Media.Domain.Filing;
using Media.Domain.Monitoring;
using Media.Domain.Sampling;
using Media.Domain.Websites;
using Media.Grains.Alerts;
using Media.Silo.Auth;
using Media.Silo.Mail;
using Media.Silo.Probing;
using Media.Silo.Scheduling;
using Microsoft.Extensions.Options;
using MimeKit;
using Quartz;

namespace Media.Silo.Hosting;

/// <summary>
/// Every options section the silo reads, with its checks, in one place: the host registers them, and
/// <see cref="SettingsCheck"/> runs the same checks before anything starts, so one list names every problem.
/// Each message starts with the key it is about.
/// </summary>
public static class MediaSettings
{
    /// <summary>The sections bound to options, for the binding check: a value the binder cannot convert is named by its key.</summary>
    public static IReadOnlyList<(string Section, Type Type)> Sections { get; } =
    [
        (MediaOptions.Section, typeof(MediaOptions)),
        (OrleansEndpointOptions.Section, typeof(OrleansEndpointOptions)),
        ("Rules:Filing", typeof(FilingRuleOptions)),
        ("Rules:Monitoring", typeof(MonitoringOptions)),
        (WebsiteOptions.SectionName, typeof(WebsiteOptions)),
        ("Rules:Sampling", typeof(SamplingOptions)),
        ("Rules:Survey", typeof(SurveyOptions)),
        (AuthOptions.Section, typeof(AuthOptions)),
        (BootstrapOptions.Section, typeof(BootstrapOptions)),
        (SmtpOptions.Section, typeof(SmtpOptions)),
        (OutboxOptions.Section, typeof(OutboxOptions)),
        (ScheduleOptions.Section, typeof(ScheduleOptions)),
    ];

    public static IServiceCollection AddMediaSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<MediaOptions>>(new MediaOptionsValidator(configuration));
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section).ValidateOnStart();
        services.AddOptions<FilingRuleOptions>().BindConfiguration("Rules:Filing")
            .Validate(o => o.FilingDeadlineDays >= 0, "Rules:Filing:FilingDeadlineDays must not be negative")
            // A date before the national rules (国办发〔2018〕123号) is almost surely a typo that would exempt nobody.
            .Validate(o => o.EffectiveFrom is not { Year: < 2018 }, "Rules:Filing:EffectiveFrom must be a date from 2018 on, or null")
            .ValidateOnStart();
        services.AddOptions<MonitoringOptions>().BindConfiguration("Rules:Monitoring")
            .Validate(o => o.NoUpdateDays > 0, "Rules:Monitoring:NoUpdateDays must be positive")
            // Compared with NoUpdateDays only when that is valid, so a bad NoUpdateDays is not blamed on WarningDays.
            .Validate(o => o.WarningDays > 0 && (o.NoUpdateDays <= 0 || o.WarningDays < o.NoUpdateDays),
                "Rules:Monitoring:WarningDays must be positive and below NoUpdateDays")
            .Validate(o => o.LowFrequencyPosts >= 0, "Rules:Monitoring:LowFrequencyPosts must not be negative")
            .Validate(o => o.LowFrequencyWindowDays > 0, "Rules:Monitoring:LowFrequencyWindowDays must be positive")
            .Validate(o => o.RetainPostDays >= o.LowFrequencyWindowDays,
                "Rules:Monitoring:RetainPostDays must be at least LowFrequencyWindowDays, so the retained posts cover the window")
            .Validate(o => o.RetainPostCount >= o.LowFrequencyPosts,
                "Rules:Monitoring:RetainPostCount must be at least LowFrequencyPosts")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebsiteOptions>, WebsiteOptionsValidator>();
        services.AddOptions<WebsiteOptions>().BindConfiguration(WebsiteOptions.SectionName).ValidateOnStart();
        services.AddOptions<SamplingOptions>().BindConfiguration("Rules:Sampling")
            .Validate(o => o.MinRatio is > 0 and <= 1, "Rules:Sampling:MinRatio must be in (0, 1]")
            .ValidateOnStart();
        services.AddOptions<SurveyOptions>().BindConfiguration("Rules:Survey")
            .Validate(o => o.LowFollowers >= 0, "Rules:Survey:LowFollowers must not be negative")
            .Validate(o => o.LowPosts30d >= 0, "Rules:Survey:LowPosts30d must not be negative")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BootstrapOptions>, BootstrapOptionsValidator>();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section).ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section)
            .Validate(o => o.UsesPickupFolder || o.Port is > 0 and < 65536, "Smtp:Port must be between 1 and 65535")
            .Validate(o => MailboxAddress.TryParse(o.From, out var from) && MailAddressRules.IsUsableSender(from.Address),
                "Smtp:From must be a mail address, e.g. 政务新媒体监测 <media@example.gov.cn>")
            .Validate(o => o.TimeoutSeconds > 0, "Smtp:TimeoutSeconds must be positive")
            .ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Mail:PollInterval must be positive")
            .Validate(o => o.RetryFirst > TimeSpan.Zero, "Mail:RetryFirst must be positive")
            .Validate(o => o.RetryMax >= o.RetryFirst, "Mail:RetryMax must be at least Mail:RetryFirst")
            .Validate(o => o.BatchSize > 0, "Mail:BatchSize must be positive")
            .ValidateOnStart();
        AddSchedules(services, configuration);
        return services;
    }

    private static void AddSchedules(IServiceCollection services, IConfiguration configuration)
    {
        var probesPerDay = (configuration.GetSection(WebsiteOptions.SectionName).Get<WebsiteOptions>() ?? new WebsiteOptions()).ProbesPerDay;
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section)
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
            .Validate(o => o.ProbeEvery > TimeSpan.Zero, "Schedules:ProbeEvery must be positive")
            .Validate(o => o.ProbesPerRound > 0, "Schedules:ProbesPerRound must be positive")
            .ValidateOnStart();
    }
}

/// <summary>The websites' thresholds name each of their own problems (<see cref="WebsiteOptions.Validate"/>).</summary>
internal sealed class WebsiteOptionsValidator : IValidateOptions<WebsiteOptions>
{
    public ValidateOptionsResult Validate(string? name, WebsiteOptions options) =>
        options.Validate() is [_, ..] problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
