using System.Globalization;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Cluster;

/// <summary>Silo processes of the cluster profile on one private PostgreSQL database, each with its own data directory.</summary>
public sealed class ClusterSilos : IAsyncDisposable
{
    public const string Password = "Cluster-Password-1";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly List<TempDirectory> _dirs = [];

    private ClusterSilos(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public List<SiloProcess> Silos { get; } = [];

    /// <summary>Starts <paramref name="count"/> silos at once (so the schema is applied by all of them together).</summary>
    public static async Task<ClusterSilos> StartAsync(PrivatePostgres postgres, int count, IReadOnlyDictionary<string, string>? settings = null)
    {
        var cluster = new ClusterSilos(await postgres.CreateDatabaseAsync());
        var started = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => cluster.StartOneAsync(settings)));
        cluster.Silos.AddRange(started);
        return cluster;
    }

    public async Task<SiloProcess> StartOneAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var dir = new TempDirectory("media-cluster");
        lock (_dirs)
        {
            _dirs.Add(dir);
        }

        var environment = new Dictionary<string, string>
        {
            ["Media__Profile"] = "cluster",
            ["ConnectionStrings__Postgres"] = ConnectionString,
            ["Orleans__AdvertisedAddress"] = "127.0.0.1",
            // A killed silo is declared dead within seconds instead of Orleans' default of about a minute.
            ["Orleans__Membership__ProbeTimeout"] = "00:00:01",
            ["Orleans__Membership__NumMissedProbesLimit"] = "2",
            ["Orleans__Membership__TableRefreshTimeout"] = "00:00:02",
            ["Schedules__Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return await SiloProcess.StartAsync(dir.Path, Password, StartTimeout, environment);
    }

    /// <summary>An admin client signed in at each silo, in the silos' order.</summary>
    public async Task<List<MediaClient>> SignInAllAsync()
    {
        var clients = new List<MediaClient>();
        foreach (var silo in Silos)
        {
            clients.Add(await MediaClient.SignInAsync(silo.CreateClient(), "admin", Password));
        }

        return clients;
    }

    public static string DaysAgo(int days) =>
        Domain.Time.BeijingTime.Today(TimeProvider.System).AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }

        _dirs.ForEach(d => d.Dispose());
    }
}
