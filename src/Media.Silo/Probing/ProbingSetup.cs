using Media.Domain.Websites;
using Media.Grains.Probing;
using Media.Probes;
using Media.Probes.Extractors;
using Media.Probes.Http;
using Media.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Media.Silo.Probing;

/// <summary>
/// The guarded fetchers (probes, and availability checks with their own timeout), the extractors (built-in and
/// <c>silo-config/extractors/*.json</c>), the account and site probers, and the availability checks.
/// </summary>
public static class ProbingSetup
{
    public static WebApplicationBuilder AddMediaProbing(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ProbeOptions.SectionName).Get<ProbeOptions>() ?? new ProbeOptions();
        if (options.Validate() is [_, ..] problems)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        var websites = builder.Configuration.GetSection(WebsiteOptions.SectionName).Get<WebsiteOptions>() ?? new WebsiteOptions();
        var folder = Path.Combine(builder.Configuration[SiloConfigDirectory.Key]!, "extractors");
        var generic = new Dictionary<string, GenericExtractorDefinition>(StringComparer.Ordinal);
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json") : [])
        {
            foreach (var (name, definition) in GenericExtractorDefinitions.Load(file))
            {
                generic[name] = definition;
            }
        }

        var checkTimeout = TimeSpan.FromSeconds(websites.ProbeTimeoutSeconds);
        IReadOnlyList<Uri> canaries = [.. (options.NetworkCanaries ?? ProbeOptions.DefaultNetworkCanaries).Select(c => new Uri(c))];
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(ExtractorRegistry.CreateDefault(generic));
        services.TryAddSingleton<INameResolver>(SystemNameResolver.Instance);
        services.AddSingleton<IPageFetcher>(sp => new PageFetcher(options, TimeProvider.System, resolver: sp.GetRequiredService<INameResolver>()));
        services.AddKeyedSingleton<IPageFetcher>(SiteAvailabilityChecker.FetcherKey, (sp, _) =>
            new PageFetcher(options with { Timeout = checkTimeout }, TimeProvider.System, resolver: sp.GetRequiredService<INameResolver>()));
        services.AddSingleton(sp => new NetworkFault(canaries, sp.GetRequiredKeyedService<IPageFetcher>(SiteAvailabilityChecker.FetcherKey), TimeProvider.System));
        services.AddSingleton(new SiteCheckTimeout(checkTimeout));
        services.AddSingleton<SiteAvailabilityChecker>();
        services.AddSingleton<SiteCheckRunner>();
        services.AddSingleton<IAccountProber, AccountProber>();
        services.AddSingleton<ISiteProber, SiteProber>();
        return builder;
    }
}
