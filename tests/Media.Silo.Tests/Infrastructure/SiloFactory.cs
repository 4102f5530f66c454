using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>
/// The real silo (Orleans + ASP.NET Core + SQLite file) in this process, with its own data directory and
/// ports so that factories of parallel tests never share state.
/// </summary>
public sealed class SiloFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Root-Test-Secret-1";

    private readonly TempDirectory _data = new("media-silo");

    public string DataDir => _data.Path;

    public string DatabaseFile => Path.Combine(DataDir, "media.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Media:DataDir", DataDir);
        builder.UseSetting("Orleans:SiloPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        // Every test client comes from one address and a shared silo's tests sign in far more than 20 times a minute;
        // the sign-in rate limit has its own tests, which set it low again through Settings.
        builder.UseSetting("Auth:SignInRateLimit:PermitLimit", "100000");
        // Tests drive sweeps themselves; a scheduled or catch-up sweep would race them.
        builder.UseSetting("Schedules:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(Media.Grains.MediaClock.Key, clock));
        }

        if (TestServices is { } replace)
        {
            builder.ConfigureTestServices(replace);
        }
    }

    /// <summary>
    /// Services put in place of the silo's own, for the few seams that stand for the machine (e.g. the name resolver);
    /// never for Media's own components.
    /// </summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Extra configuration for this silo, applied last.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>A clock the test moves; set before the first request. Null means the system clock.</summary>
    public FakeTimeProvider? Clock { get; init; }

    /// <summary>The silo's grain factory, for tests that call grains directly.</summary>
    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public async Task<MediaClient> AdminAsync() => await MediaClient.SignInAsync(CreateClient(), "admin", AdminPassword);

    public async Task<MediaClient> SignInAsync(string username, string password) =>
        await MediaClient.SignInAsync(CreateClient(), username, password);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
