namespace Media.Silo.Hosting;

/// <summary>Reads <c>silo-config/media.json</c>, then the profile's file, then environment and command line.</summary>
public static class ConfigurationSetup
{
    /// <summary>Where the silo listens unless <c>--urls</c> or <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Adds Media's configuration sources in the order SPEC §5.3 gives.</summary>
    public static WebApplicationBuilder AddMediaConfiguration(this WebApplicationBuilder builder)
    {
        var configDir = SiloConfigDirectory.Find(builder.Configuration);
        var profile = builder.Configuration[$"{MediaOptions.Section}:Profile"] ?? Profiles.Embedded;

        // Files go first so that environment variables and the command line, added again after them,
        // keep the last word.
        var sources = builder.Configuration.Sources;
        var after = sources.Where(s => s is Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationSource
            or Microsoft.Extensions.Configuration.CommandLine.CommandLineConfigurationSource).ToList();
        builder.Configuration.AddJsonFile(Path.Combine(configDir, "media.json"), optional: false, reloadOnChange: false);
        var profileFile = Path.Combine(configDir, profile + ".json");
        if (File.Exists(profileFile))
        {
            builder.Configuration.AddJsonFile(profileFile, optional: true, reloadOnChange: false);
        }

        foreach (var source in after)
        {
            sources.Remove(source);
            sources.Add(source);
        }

        builder.Configuration[SiloConfigDirectory.Key] = configDir;
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }
}
