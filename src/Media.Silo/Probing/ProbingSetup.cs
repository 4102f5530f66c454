using Media.Grains.Probing;
using Media.Probes;
using Media.Probes.Extractors;
using Media.Probes.Http;
using Media.Silo.Hosting;

namespace Media.Silo.Probing;

/// <summary>The guarded fetcher, the extractors (built-in and <c>silo-config/extractors/*.json</c>), the prober.</summary>
public static class ProbingSetup
{
    public static WebApplicationBuilder AddMediaProbing(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ProbeOptions.SectionName).Get<ProbeOptions>() ?? new ProbeOptions();
        if (options.Validate() is [_, ..] problems)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        var folder = Path.Combine(builder.Configuration[SiloConfigDirectory.Key]!, "extractors");
        var generic = new Dictionary<string, GenericExtractorDefinition>(StringComparer.Ordinal);
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json") : [])
        {
            foreach (var (name, definition) in GenericExtractorDefinitions.Load(file))
            {
                generic[name] = definition;
            }
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(ExtractorRegistry.CreateDefault(generic));
        builder.Services.AddSingleton<IPageFetcher>(sp => new PageFetcher(options, TimeProvider.System));
        builder.Services.AddSingleton<IAccountProber, AccountProber>();
        return builder;
    }
}
