using Media.Domain.Monitoring;
using Media.Domain.Websites;
using Media.Grains.Accounts;

namespace Media.Silo.Hosting;

/// <summary>Monitoring rule thresholds and the content lexicons, both from <c>silo-config/</c>.</summary>
public static class MonitoringSetup
{
    public static WebApplicationBuilder AddMediaMonitoring(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MonitoringOptions>().BindConfiguration("Rules:Monitoring")
            .Validate(o => o.NoUpdateDays > 0 && o.WarningDays > 0 && o.WarningDays < o.NoUpdateDays,
                "Rules:Monitoring: WarningDays must be positive and below NoUpdateDays")
            .Validate(o => o.LowFrequencyPosts >= 0 && o.LowFrequencyWindowDays > 0 && o.RetainPostDays >= o.LowFrequencyWindowDays
                    && o.RetainPostCount >= o.LowFrequencyPosts,
                "Rules:Monitoring: the retained posts must cover the low-frequency window")
            .ValidateOnStart();
        builder.Services.AddOptions<WebsiteOptions>().BindConfiguration(WebsiteOptions.SectionName)
            .Validate(o => o.UnreachableWindowDays is > 0 and <= 7 && o.UnreachableShare is > 0 and <= 1 && o.HomeStaleDays > 0
                    && o.NewsStaleDays > 0 && o.NoticeStaleMonths > 0 && o.PlanStaleMonths > 0 && o.UnansweredMonths > 0,
                // The grain keeps 8 days of checks: a longer window would judge a week with days missing.
                "Rules:Websites: the windows must be positive (UnreachableWindowDays at most 7) and UnreachableShare in (0, 1]")
            .ValidateOnStart();
        var folder = Path.Combine(builder.Configuration[SiloConfigDirectory.Key]!, "lexicons");
        var lexicons = new[] { MonitoringRules.ImproperContent, MonitoringRules.ForcedEngagement, WebsiteRules.ContentError }
            .Select(rule => (rule, file: Path.Combine(folder, rule + ".txt")))
            .Where(l => File.Exists(l.file))
            .Select(l => Lexicon.Load(l.rule, l.file))
            .ToList();
        builder.Services.AddSingleton(new ContentLexicons(lexicons));
        return builder;
    }
}
