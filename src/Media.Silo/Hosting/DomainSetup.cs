using Media.Domain.Regions;
using Media.Domain.Sampling;

namespace Media.Silo.Hosting;

/// <summary>Domain data that lives in <c>silo-config/</c>: the region catalog; and the sampling minimum.</summary>
public static class DomainSetup
{
    public static WebApplicationBuilder AddMediaDomain(this WebApplicationBuilder builder)
    {
        var file = Path.Combine(builder.Configuration[SiloConfigDirectory.Key]!, "regions", "regions.json");
        builder.Services.AddSingleton(RegionCatalog.Load(file));
        return builder;
    }
}
