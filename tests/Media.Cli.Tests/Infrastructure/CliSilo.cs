using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Media.Cli.Tests.Infrastructure;

/// <summary>
/// The real silo (Orleans + ASP.NET Core + SQLite) in this process with its own data directory and ports,
/// so every test starts from an empty store. The CLI reaches it through <see cref="WebApplicationFactory{T}.CreateClient()"/>.
/// </summary>
public sealed class CliSilo : WebApplicationFactory<global::Program>
{
    public const string AdminPassword = "Cli-Root-Secret-1";

    private readonly string _dataDir;

    /// <summary>A silo on a new, empty data directory.</summary>
    public CliSilo()
        : this(Path.Combine(Path.GetTempPath(), $"media-cli-{Guid.NewGuid():N}"))
    {
    }

    /// <summary>A silo on <paramref name="dataDir"/>, e.g. one holding a restored backup; deleted when the silo is disposed.</summary>
    public CliSilo(string dataDir) => _dataDir = dataDir;

    /// <summary>The silo's data directory (Media:DataDir).</summary>
    public string DataDir => _dataDir;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataDir);
        builder.UseSetting("Media:DataDir", _dataDir);
        builder.UseSetting("Orleans:SiloPort", SiloLaunch.FreePort().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", SiloLaunch.FreePort().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
    }

    /// <summary>The silo's SQLite file, for tests that play someone who has the file but not the application.</summary>
    public string DatabaseFile => Path.Combine(_dataDir, "media.db");

    /// <summary>An API client signed in as the bootstrap admin.</summary>
    public Task<Api> AdminAsync() => Api.SignInAsync(CreateClient(), "admin", AdminPassword);

    /// <summary>Runs <c>media …</c> against this silo as <paramref name="user"/>.</summary>
    public Task<CliRun> RunCliAsync(string user, string password, params string[] args) =>
        CliRun.RunAsync([.. args, "--user", user, "--password", password], _ => CreateClient());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still held by a pooled connection; the OS temp cleaner gets it later.
        }
    }
}
