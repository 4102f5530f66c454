using Media.Domain.Monitoring;
using Media.Domain.Websites;
using Media.Grains.Accounts;

namespace Media.Silo.Hosting;

/// <summary>The content lexicons from <c>silo-config/lexicons</c>.</summary>
public static class MonitoringSetup
{
    public static WebApplicationBuilder AddMediaMonitoring(this WebApplicationBuilder builder)
    {
        // The thresholds (Rules:Monitoring, Rules:Websites) are registered and checked with every other setting (MediaSettings).
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
