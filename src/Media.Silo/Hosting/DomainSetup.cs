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
        builder.Services.AddOptions<SamplingOptions>().BindConfiguration("Rules:Sampling")
            .Validate(o => o.MinRatio is > 0 and <= 1, "Rules:Sampling:MinRatio must be in (0, 1]")
            .ValidateOnStart();
        builder.Services.AddOptions<SurveyOptions>().BindConfiguration("Rules:Survey")
            .Validate(o => o.LowFollowers >= 0 && o.LowPosts30d >= 0, "Rules:Survey thresholds must not be negative")
            .ValidateOnStart();
        return builder;
    }
}
