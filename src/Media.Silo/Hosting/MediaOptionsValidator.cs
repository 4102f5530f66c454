using Microsoft.Extensions.Options;

namespace Media.Silo.Hosting;

/// <summary>Reports every problem of the <c>Media</c> section at once, so a start fails with one clear list.</summary>
public sealed class MediaOptionsValidator(IConfiguration configuration) : IValidateOptions<MediaOptions>
{
    public ValidateOptionsResult Validate(string? name, MediaOptions options)
    {
        var failures = new List<string>();
        if (options.Profile is not (Profiles.Embedded or Profiles.Cluster))
        {
            failures.Add($"Media:Profile must be '{Profiles.Embedded}' or '{Profiles.Cluster}', not '{options.Profile}'.");
        }

        if (string.IsNullOrWhiteSpace(options.DataDir))
        {
            failures.Add("Media:DataDir must name a directory.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceId) || string.IsNullOrWhiteSpace(options.ClusterId))
        {
            failures.Add("Media:ServiceId and Media:ClusterId must not be empty.");
        }

        var endpoints = Endpoints(configuration);
        if (endpoints.SiloPort is < 1 or > 65535 || endpoints.GatewayPort is < 0 or > 65535)
        {
            failures.Add("Orleans:SiloPort must be a port between 1 and 65535, Orleans:GatewayPort one between 0 (no gateway) and 65535.");
        }

        if (!string.IsNullOrEmpty(endpoints.AdvertisedAddress) && !System.Net.IPAddress.TryParse(endpoints.AdvertisedAddress, out _))
        {
            failures.Add("Orleans:AdvertisedAddress must be an IP address.");
        }

        if (options.Profile == Profiles.Cluster && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Postgres")))
        {
            failures.Add("ConnectionStrings:Postgres is required by the cluster profile.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The <c>Orleans</c> section as bound now.</summary>
    public static OrleansEndpointOptions Endpoints(IConfiguration configuration) =>
        configuration.GetSection(OrleansEndpointOptions.Section).Get<OrleansEndpointOptions>() ?? new OrleansEndpointOptions();

    /// <summary>Binds and validates the section now; used before the host exists, to choose the wiring.</summary>
    public static MediaOptions ReadOrThrow(IConfiguration configuration)
    {
        var options = configuration.GetSection(MediaOptions.Section).Get<MediaOptions>() ?? new MediaOptions();
        var result = new MediaOptionsValidator(configuration).Validate(null, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(MediaOptions.Section, typeof(MediaOptions), result.Failures);
        }

        return options;
    }
}
