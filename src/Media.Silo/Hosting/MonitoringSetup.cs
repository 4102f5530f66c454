using Media.Domain.Monitoring;
using Media.Domain.Websites;
using Media.Grains.Accounts;

namespace Media.Silo.Hosting;

/// <summary>Monitoring rule thresholds and the content lexicons, both from <c>silo-config/</c>.</summary>
public static class MonitoringSetup
{
    public static WebApplicationBuilder AddMediaMonitoring(this WebApplicationBuilder builder)
    {
        // Every bad threshold is named at once, and the silo does not start with any of them.
        var websites = builder.Configuration.GetSection(WebsiteOptions.SectionName).Get<WebsiteOptions>() ?? new WebsiteOptions();
        if (websites.Validate() is [_, ..] problems)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        builder.Services.AddOptions<WebsiteOptions>().BindConfiguration(WebsiteOptions.SectionName);
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
